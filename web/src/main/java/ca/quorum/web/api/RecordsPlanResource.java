package ca.quorum.web.api;

import java.time.Period;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import ca.quorum.records.application.RetentionSchedule;
import ca.quorum.records.domain.FinalAction;
import ca.quorum.records.domain.RecordClass;
import ca.quorum.records.domain.RecordKind;
import ca.quorum.records.domain.RetentionRule;
import ca.quorum.records.domain.RetentionTrigger;
import ca.quorum.shared.domain.RuleViolation;

/**
 * The classification plan (read by the records manager, the clerk, administrators and the FOI officer; changed by
 * the records manager) and a record's retention card.
 */
@Path("m/{municipality}/records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "token")
@SecurityRequirement(name = "basic")
public class RecordsPlanResource {

    /** A class as the API shows it. */
    public record ClassView(String code, String titleEn, String titleFr, String description, String parent,
            String ruleCode, int activeMonths, int inactiveMonths, RetentionTrigger trigger, String event,
            boolean fromYearEnd, FinalAction action) {

        static ClassView of(RecordClass c) {
            RetentionRule r = c.rule();
            return new ClassView(c.code(), c.titleEn(), c.titleFr(), c.description(), c.parent(), r.code(),
                    (int) r.active().toTotalMonths(), (int) r.inactive().toTotalMonths(), r.trigger(), r.event(),
                    r.fromYearEnd(), r.action());
        }
    }

    @EJB
    RetentionSchedule schedule;

    @GET
    @Path("plan")
    @Operation(summary = "The classification plan, parents before their children, each class with its retention rule")
    public List<ClassView> plan() {
        return schedule.plan().classes().stream().map(ClassView::of).toList();
    }

    @GET
    @Path("plan.csv")
    @Produces("text/csv")
    @Operation(summary = "The classification plan as CSV (RFC 4180, UTF-8, a header row), for a spreadsheet or "
            + "another installation; the records manager imports it on the plan page")
    public Response planCsv() {
        java.io.StringWriter out = new java.io.StringWriter();
        ca.quorum.records.infrastructure.PlanCsv.write(schedule.plan(), out);
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"classification-plan.csv\"").build();
    }

    @GET
    @Path("meetings/{meeting}")
    @Operation(summary = "The records of a meeting (agenda revisions, reports placed on it, minutes, by-laws) with "
            + "their class and dates")
    public List<RetentionSchedule.RetentionCard> recordsOfMeeting(@PathParam("meeting") long meeting) {
        return schedule.recordsOfMeeting(meeting);
    }

    @PUT
    @Path("plan/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or change a class (records manager): {titleEn, titleFr, description, parent, ruleCode, "
            + "activeMonths, inactiveMonths, trigger, event, fromYearEnd, action, reason}; a changed rule recomputes "
            + "its records' dates")
    public ClassView save(@PathParam("code") String code, JsonObject body) {
        if (body == null) {
            throw RuleViolation.because("plan.titles");
        }
        RetentionRule rule = new RetentionRule(body.getString("ruleCode", null),
                Period.ofMonths(months(body, "activeMonths")).normalized(),
                Period.ofMonths(months(body, "inactiveMonths")).normalized(),
                choice(RetentionTrigger.class, body.getString("trigger", null)), body.getString("event", null),
                body.getBoolean("fromYearEnd", false), choice(FinalAction.class, body.getString("action", null)));
        RecordClass saved = schedule.saveClass(new RecordClass(code, body.getString("titleEn", null),
                body.getString("titleFr", null), body.getString("description", null), body.getString("parent", null),
                rule), body.getString("reason", null));
        return ClassView.of(saved);
    }

    @DELETE
    @Path("plan/{code}")
    @Operation(summary = "Remove a class no record uses and no class sits under (records manager)")
    public Response remove(@PathParam("code") String code) {
        schedule.removeClass(code);
        return Response.noContent().build();
    }

    @GET
    @Path("{kind}/{id}/retention")
    @Operation(summary = "A record's retention card: class, rule, trigger, first day of eligibility, history "
            + "(kind: AGENDA_REVISION, STAFF_REPORT, MINUTES, BYLAW, MEETING_LOG)")
    public RetentionSchedule.RetentionCard retention(@PathParam("kind") String kind, @PathParam("id") long id) {
        return schedule.retention(choice(RecordKind.class, kind), id);
    }

    @PUT
    @Path("{kind}/{id}/retention")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a record under another class (records manager): {classCode, reason}; its first day "
            + "of eligibility is computed again, with a line of history")
    public RetentionSchedule.RetentionCard reclassify(@PathParam("kind") String kind, @PathParam("id") long id,
            JsonObject body) {
        if (body == null) {
            throw RuleViolation.because("retention.reclassifyReason");
        }
        return schedule.reclassify(choice(RecordKind.class, kind), id, body.getString("classCode", null),
                body.getString("reason", null));
    }

    private static int months(JsonObject body, String name) {
        if (!body.containsKey(name) || body.isNull(name)) {
            return 0;
        }
        if (!(body.get(name) instanceof jakarta.json.JsonNumber number) || !number.isIntegral()) {
            throw RuleViolation.because("retention.period");
        }
        long value = number.longValue();
        if (value < 0 || value > 12L * 200) {
            throw RuleViolation.because(value < 0 ? "retention.period" : "retention.tooLong");
        }
        return (int) value;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation("Unknown " + type.getSimpleName() + " " + name + "; one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
