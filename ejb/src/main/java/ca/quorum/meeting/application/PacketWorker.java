package ca.quorum.meeting.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import ca.quorum.admin.domain.Roles;
import ca.quorum.documents.infrastructure.PacketBuilder;
import ca.quorum.documents.infrastructure.PacketFailure;
import ca.quorum.shared.tenant.TenantContext;

/**
 * Builds a packet in the background, outside any transaction: the inputs are copied to a scratch folder in one
 * short transaction, the PDFs are assembled from scratch files, and the result is stored in another. Progress is
 * written as it goes, so the clerk's view can show it.
 */
@Stateless
@RolesAllowed({Roles.CLERK, Roles.SYSTEM})
public class PacketWorker {

    private static final Logger LOG = Logger.getLogger(PacketWorker.class.getName());

    @EJB
    PacketSteps steps;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void build(String municipality, long packetId) {
        TenantContext.runAs(municipality, () -> run(packetId));
    }

    private void run(long packetId) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("quorum-packet-");
            PacketSteps.Prepared prepared = steps.prepare(packetId, scratch);
            int[] last = {0};
            Path publicPdf = scratch.resolve("packet-public.pdf");
            Path membersPdf = scratch.resolve("packet-members.pdf");
            PacketBuilder builder = new PacketBuilder(prepared.language());
            int publicPages = builder.build(prepared.publicPlan(), publicPdf, p -> report(packetId, p / 2, last))
                    .pages();
            int membersPages = builder.build(prepared.membersPlan(), membersPdf,
                    p -> report(packetId, 50 + p / 2, last)).pages();
            steps.finish(packetId, publicPdf, publicPages, membersPdf, membersPages);
        } catch (PacketFailure e) {
            steps.fail(packetId, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "packet " + packetId + " failed", e);
            steps.fail(packetId, "The packet could not be built: " + e.getMessage());
        } finally {
            Agendas.deleteQuietly(scratch);
        }
    }

    private void report(long packetId, int percent, int[] last) {
        if (percent >= last[0] + 5) {
            last[0] = percent;
            steps.progress(packetId, percent);
        }
    }
}
