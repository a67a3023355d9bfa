package ca.quorum.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonNumber;
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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import ca.quorum.records.application.FixityCheck;
import ca.quorum.records.application.LegalHolds;
import ca.quorum.records.domain.HoldScope;
import ca.quorum.records.domain.RecordKind;
import ca.quorum.records.domain.RecordPlace;
import ca.quorum.shared.domain.RuleViolation;

/**
 * Legal holds (placed and lifted by the records manager or the FOI officer, read by the clerk too) and the fixity
 * check (the records manager's). A process that places holds of its own, such as an access request, uses the same
 * calls with its {@code source}.
 */
@Path("m/{municipality}/records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "token")
@SecurityRequirement(name = "basic")
public class LegalHoldsResource {

    @EJB
    LegalHolds holds;

    @EJB
    FixityCheck fixity;

    @Context
    UriInfo uri;

    @GET
    @Path("holds")
    @Operation(summary = "Every legal hold, active first, with the number of records each covers now")
    public List<LegalHolds.HoldView> list() {
        return holds.holds();
    }

    @POST
    @Path("holds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place a hold (records manager, FOI officer): {matter, reason, source, scope: RECORD "
            + "{kind, recordId} | MEETING {meetingId} | BODY {bodyId} | DATE_RANGE {from, to} | SEARCH {query} (the "
            + "records it finds now, closed ones included)}; answers its id")
    public Response place(JsonObject body) {
        if (body == null) {
            throw RuleViolation.because("hold.matterAndReason");
        }
        String scope = body.getString("scope", "");
        if (scope.strip().equalsIgnoreCase("SEARCH")) {
            long id = holds.placeBySearch(body.getString("matter", null), body.getString("reason", null),
                    body.getString("query", null), body.getString("source", null));
            return Response.created(URI.create(uri.getAbsolutePath() + "/" + id)).entity(Map.of("id", id)).build();
        }
        HoldScope what = switch (scope.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "RECORD" -> new HoldScope.OneRecord(kind(body.getString("kind", "")), id(body, "recordId"));
            case "MEETING" -> new HoldScope.Meeting(id(body, "meetingId"));
            case "BODY" -> new HoldScope.Body(id(body, "bodyId"));
            case "DATE_RANGE" -> new HoldScope.DateRange(day(body, "from"), day(body, "to"));
            default -> throw RuleViolation.because("hold.scope");
        };
        long id = holds.place(body.getString("matter", null), body.getString("reason", null), what,
                body.getString("source", null));
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + id)).entity(Map.of("id", id)).build();
    }

    @POST
    @Path("holds/{id}/lift")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lift an active hold, saying why (records manager, FOI officer): {reason}")
    public Response lift(@PathParam("id") long id, JsonObject body) {
        holds.lift(id, body == null ? null : body.getString("reason", null));
        return Response.noContent().build();
    }

    @GET
    @Path("holds/{id}/records")
    @Operation(summary = "The records a hold covers now: [{kind, recordId}]")
    public List<RecordPlace.Key> covered(@PathParam("id") long id) {
        return holds.covered(id);
    }

    @GET
    @Path("fixity")
    @Operation(summary = "The last fixity check and what it found (records manager); 204 when none has run")
    public Response latest() {
        return fixity.latest().map(run -> Response.ok(run).build()).orElse(Response.noContent().build());
    }

    @POST
    @Path("fixity")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run the fixity check now: every stored file re-hashed against its SHA-256 (records manager)")
    public FixityCheck.Run run() {
        return fixity.run();
    }

    private static RecordKind kind(String name) {
        try {
            return RecordKind.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw RuleViolation.because("hold.scope");
        }
    }

    private static long id(JsonObject body, String name) {
        if (!(body.get(name) instanceof JsonNumber number) || !number.isIntegral()) {
            throw RuleViolation.because("hold.scope");
        }
        return number.longValue();
    }

    private static LocalDate day(JsonObject body, String name) {
        try {
            return LocalDate.parse(body.getString(name, ""));
        } catch (DateTimeParseException | ClassCastException e) {
            throw RuleViolation.because("hold.scope");
        }
    }
}
