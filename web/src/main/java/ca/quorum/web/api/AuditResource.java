package ca.quorum.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.audit.domain.ChainVerification;

/**
 * The municipality's audit chain: its verification for administrators, and its daily anchors for anyone (so that
 * anyone may keep them and later show that the chain was rewritten).
 */
@Path("m/{municipality}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "token")
@SecurityRequirement(name = "basic")
public class AuditResource {

    @EJB
    AuditLog audit;

    @GET
    @Path("verification")
    @Operation(summary = "Recompute the whole hash chain and name the first entry that does not match")
    public ChainVerification verify() {
        return audit.verify();
    }

    /** One day's anchor as published: the chain's last entry that day (never its content). */
    public record PublishedAnchor(java.time.LocalDate day, long sequence, String hash) {
    }

    @GET
    @Path("anchors")
    @Operation(summary = "The audit chain's daily anchors, newest first: each day's last entry number and hash "
            + "(public; keep them to check the chain later)")
    public java.util.List<PublishedAnchor> anchors(@jakarta.ws.rs.QueryParam("max")
            @jakarta.ws.rs.DefaultValue("366") int max) {
        return audit.anchors(max).stream().map(a -> new PublishedAnchor(a.day(), a.sequence(), a.hash())).toList();
    }
}
