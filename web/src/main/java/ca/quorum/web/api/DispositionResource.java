package ca.quorum.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

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

import ca.quorum.records.application.Dispositions;
import ca.quorum.records.domain.RecordKind;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.shared.domain.RuleViolation;

/**
 * Disposition batches (the records manager's): propose, review (exclude with a reason, include again), approve with
 * the council resolution, execute, cancel; the signed certificate of destruction; a destroyed record's tombstone.
 */
@Path("m/{municipality}/records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "token")
@SecurityRequirement(name = "basic")
public class DispositionResource {

    @EJB
    Dispositions dispositions;

    @Context
    UriInfo uri;

    @GET
    @Path("disposition")
    @Operation(summary = "Every disposition batch, newest first, with its records")
    public List<Dispositions.BatchView> batches() {
        return dispositions.batches();
    }

    @POST
    @Path("disposition")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a batch of the records eligible on a day (today unless {asOf: yyyy-mm-dd}); held "
            + "records are listed as excluded, with the hold")
    public Response propose(JsonObject body) {
        LocalDate asOf = null;
        String day = body == null ? null : body.getString("asOf", null);
        if (day != null && !day.isBlank()) {
            try {
                asOf = LocalDate.parse(day.strip());
            } catch (DateTimeParseException e) {
                throw RuleViolation.because("disposition.futureDay", day);
            }
        }
        long id = dispositions.propose(asOf);
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + id)).entity(dispositions.batch(id)).build();
    }

    @GET
    @Path("disposition/{id}")
    @Operation(summary = "One batch with its records (included, or excluded with the reason) and counts by class")
    public Map<String, Object> batch(@PathParam("id") long id) {
        Dispositions.BatchView batch = dispositions.batch(id);
        return Map.of("batch", batch, "includedByClass", batch.includedByClass());
    }

    @POST
    @Path("disposition/{id}/items/{item}/exclude")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leave a record out of a proposed batch: {reason}")
    public Response exclude(@PathParam("id") long id, @PathParam("item") long item, JsonObject body) {
        dispositions.exclude(id, item, body == null ? null : body.getString("reason", null));
        return Response.noContent().build();
    }

    @POST
    @Path("disposition/{id}/items/{item}/include")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a record left out by hand back into a proposed batch")
    public Response include(@PathParam("id") long id, @PathParam("item") long item) {
        dispositions.include(id, item);
        return Response.noContent().build();
    }

    @POST
    @Path("disposition/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a proposed batch: {resolution} (the council resolution, where the by-law requires)")
    public Response approve(@PathParam("id") long id, JsonObject body) {
        dispositions.approve(id, body == null ? null : body.getString("resolution", null));
        return Response.noContent().build();
    }

    @POST
    @Path("disposition/{id}/execute")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Execute an approved batch: purge, tombstones, the signed certificate of destruction")
    public Dispositions.BatchView execute(@PathParam("id") long id) {
        return dispositions.execute(id);
    }

    @POST
    @Path("disposition/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a batch not yet executed (nothing is destroyed)")
    public Response cancel(@PathParam("id") long id) {
        dispositions.cancel(id);
        return Response.noContent().build();
    }

    @GET
    @Path("disposition/{id}/certificate")
    @Produces("application/pdf")
    @Operation(summary = "The signed certificate of destruction of an executed batch")
    public Response certificate(@PathParam("id") long id) {
        Dispositions.BatchView batch = dispositions.batch(id);
        if (batch.certificateNumber() == null) {
            throw new RecordNotFoundException("certificate of destruction of batch " + id);
        }
        return Response.ok((StreamingOutput) out -> dispositions.writeCertificate(id, out), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + batch.certificateNumber() + ".pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("{kind}/{id}/tombstone")
    @Operation(summary = "What remains of a destroyed record: description, hashes, class, rule, certificate, approval")
    public Dispositions.Tombstone tombstone(@PathParam("kind") String kind, @PathParam("id") long id) {
        RecordKind recordKind;
        try {
            recordKind = RecordKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("record kind " + kind);
        }
        return dispositions.tombstone(recordKind, id).orElseThrow(() -> new RecordNotFoundException(
                "tombstone of " + recordKind + " " + id));
    }
}
