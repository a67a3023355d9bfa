package ca.quorum.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ca.quorum.documents.application.Verification;
import ca.quorum.meeting.application.ByLawView;
import ca.quorum.meeting.application.ByLaws;
import ca.quorum.meeting.application.MinutesBook;
import ca.quorum.meeting.application.MinutesView;

/**
 * Minutes, by-laws and verification. Anonymous callers get adopted open minutes and the by-law registry; drafts and
 * closed-session minutes only reach the clerk, the chair and councillors. Every PDF answer carries its SHA-256.
 */
@Path("m/{municipality}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Minutes, by-laws and verification")
public class RecordsResource {


    @EJB
    MinutesBook minutes;

    @EJB
    ByLaws byLaws;

    @EJB
    Verification verification;

    @GET
    @Path("minutes/{id}")
    @Operation(summary = "One record of minutes, with its adoption, correction links and signatures")
    public MinutesView get(@PathParam("id") long id) {
        return minutes.minutes(id);
    }

    @POST
    @Path("minutes/{id}/adoption")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adopt minutes by a main motion carried in open session at a later meeting of the same body: "
            + "{meeting, motion} (clerk)")
    public MinutesView adopt(@PathParam("id") long id, jakarta.json.JsonObject body) {
        if (body == null || !(body.get("meeting") instanceof jakarta.json.JsonNumber at)
                || !(body.get("motion") instanceof jakarta.json.JsonNumber motion)) {
            throw new ca.quorum.shared.application.RequestRefusedException("The JSON body needs numbers \"meeting\" "
                    + "and \"motion\".");
        }
        return minutes.adoptMinutes(id, at.longValue(), motion.longValue());
    }

    @GET
    @Path("minutes/{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The adopted minutes as a tagged PDF, signed by the chair and the clerk once they sign")
    public Response pdf(@PathParam("id") long id) {
        MinutesView view = minutes.minutes(id);
        if (view.pdfSha256() == null) {
            throw new jakarta.ws.rs.NotFoundException("minutes " + id + " have no PDF until adopted");
        }
        return MeetingResource.pdf((StreamingOutput) out -> minutes.writeMinutesPdf(id, out), view.pdfSha256(),
                "minutes-" + id + ".pdf");
    }

    @GET
    @Path("bylaws")
    @Operation(summary = "The by-law registry, newest first")
    public List<ByLawView> registry() {
        return byLaws.registry();
    }

    @GET
    @Path("bylaws/{id}")
    @Operation(summary = "One by-law with its readings, enacting meeting and motion, and signatures")
    public ByLawView byLaw(@PathParam("id") long id) {
        return byLaws.byLaw(id);
    }

    @GET
    @Path("bylaws/{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The by-law as a tagged PDF, signed by the head of council and the clerk once they sign")
    public Response byLawPdf(@PathParam("id") long id) {
        ByLawView view = byLaws.byLaw(id);
        return MeetingResource.pdf((StreamingOutput) out -> byLaws.writeByLawPdf(id, out), view.pdfSha256(),
                "bylaw-" + view.number().replace('/', '-') + ".pdf");
    }

    @POST
    @Path("verification")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Which record of this municipality a PDF is, when it was published, and whether each "
            + "signature is valid and by whom; record=false for anything else")
    public Verification.Result verify(InputStream pdf) throws IOException {
        return verification.verify(pdf, Verification.MAX_BYTES);
    }

    @GET
    @Path("verification")
    @Operation(summary = "The same answer from a SHA-256 alone (64 hexadecimal digits)")
    public Verification.Result verify(@QueryParam("sha256") String sha256) {
        return verification.verify(sha256);
    }
}
