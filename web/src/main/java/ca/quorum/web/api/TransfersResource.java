package ca.quorum.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import ca.quorum.records.application.Transfers;
import ca.quorum.shared.domain.RuleViolation;

/** Transfers to the archives (the records manager's): prepare a verified BagIt bag, download it, confirm receipt. */
@Path("m/{municipality}/records/transfers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "token")
@SecurityRequirement(name = "basic")
public class TransfersResource {

    @EJB
    Transfers transfers;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Every transfer, newest first")
    public List<Transfers.TransferView> list() {
        return transfers.transfers();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pack the records due for transfer (today unless {asOf}) as a verified BagIt 1.0 bag laid out "
            + "as an Archivematica standard transfer")
    public Response prepare(JsonObject body) {
        LocalDate asOf = null;
        String day = body == null ? null : body.getString("asOf", null);
        if (day != null && !day.isBlank()) {
            try {
                asOf = LocalDate.parse(day.strip());
            } catch (DateTimeParseException e) {
                throw RuleViolation.because("disposition.futureDay", day);
            }
        }
        Transfers.TransferView made = transfers.prepare(asOf);
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + made.id())).entity(made).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One transfer with its records")
    public Transfers.TransferView transfer(@PathParam("id") long id) {
        return transfers.transfer(id);
    }

    @GET
    @Path("{id}/bag")
    @Produces("application/zip")
    @Operation(summary = "The transfer's bag, zipped")
    public Response bag(@PathParam("id") long id) {
        Transfers.TransferView transfer = transfers.transfer(id);
        return Response.ok((StreamingOutput) out -> transfers.writeBag(id, out), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"transfer-" + transfer.id() + ".zip\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Path("{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The archives confirmed receipt: {receipt}; the records are marked transferred")
    public Transfers.TransferView confirm(@PathParam("id") long id, JsonObject body) {
        return transfers.confirm(id, body == null ? null : body.getString("receipt", null));
    }
}
