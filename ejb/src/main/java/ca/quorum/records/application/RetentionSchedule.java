package ca.quorum.records.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Roles;
import ca.quorum.records.domain.ClassificationPlan;
import ca.quorum.records.domain.FinalAction;
import ca.quorum.records.domain.RecordClass;
import ca.quorum.records.domain.RecordKind;
import ca.quorum.records.domain.RetentionRule;
import ca.quorum.records.domain.RetentionTrigger;
import ca.quorum.records.domain.StartingPlan;
import ca.quorum.shared.application.Caller;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.tenant.TenantContext;

/**
 * The current municipality's classification plan and its records' retention. Every record is classified when it is
 * created ({@link #classify}, in the creating transaction, through the one table of {@link RecordKind}); the plan
 * starts as {@link StartingPlan} and is the records manager's to change: a changed rule recomputes its records'
 * dates, each with a line of history; a class in use cannot be removed. Every change is audited.
 */
@Stateless
@RolesAllowed({Roles.RECORDS_MANAGER, Roles.CLERK, Roles.ADMINISTRATOR, Roles.FOI_OFFICER})
public class RetentionSchedule {

    /** A record's retention as its card shows it. */
    public record RetentionCard(RecordKind kind, long recordId, String classCode, String classTitle, String rule,
            FinalAction action, LocalDate triggeredOn, LocalDate eligibleFrom, List<Change> history)
            implements java.io.Serializable {
    }

    /** One line of a record's retention history. */
    public record Change(Instant at, String by, String fromClass, String toClass, String fromRule, String toRule,
            LocalDate fromDate, LocalDate toDate, String reason) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @EJB
    LegalHolds holds;

    @EJB
    ca.quorum.discovery.application.SearchOutbox searchOutbox;

    @Resource
    SessionContext session;

    /** The plan, parents before their children (the starting plan is put in place first if there is none). */
    public ClassificationPlan plan() {
        return new ClassificationPlan(classes(TenantContext.require()));
    }

    /**
     * Adds a class, or changes one (titles, description, parent, rule); a changed rule recomputes the dates of the
     * class's records from their triggers, each with a line of history.
     */
    @RolesAllowed(Roles.RECORDS_MANAGER)
    public RecordClass saveClass(RecordClass changed, String reason) {
        String tenant = TenantContext.require();
        ClassificationPlan plan = new ClassificationPlan(classes(tenant));
        Optional<RecordClass> before = plan.find(changed.code());
        if (before.isPresent()) {
            plan.replace(changed);
            em.createNativeQuery("update record_class set title_en = ?1, title_fr = ?2, description = ?3, "
                    + "parent_code = nullif(?4, ''), rule_code = ?5, active_months = ?6, inactive_months = ?7, "
                    + "rule_trigger = ?8, trigger_event = nullif(?9, ''), from_year_end = ?10, final_action = ?11 "
                    + "where tenant = ?12 and code = ?13")
                    .setParameter(1, changed.titleEn()).setParameter(2, changed.titleFr())
                    .setParameter(3, changed.description()).setParameter(4, text(changed.parent()))
                    .setParameter(5, changed.rule().code()).setParameter(6, changed.rule().active().toTotalMonths())
                    .setParameter(7, changed.rule().inactive().toTotalMonths())
                    .setParameter(8, changed.rule().trigger().name()).setParameter(9, text(changed.rule().event()))
                    .setParameter(10, changed.rule().fromYearEnd()).setParameter(11, changed.rule().action().name())
                    .setParameter(12, tenant).setParameter(13, changed.code()).executeUpdate();
            if (!before.get().rule().equals(changed.rule())) {
                recompute(tenant, changed, reason == null || reason.isBlank() ? "the class's rule changed"
                        : reason.strip());
            }
        } else {
            plan.add(changed);
            insert(tenant, changed);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", changed.code());
        details.put("title", changed.titleEn());
        details.put("rule", changed.rule().code());
        details.put("action", changed.rule().action().name());
        details.put("before", before.map(b -> b.rule().code() + " " + b.rule().action()).orElse("(new)"));
        audit.record(before.isPresent() ? "RecordClassChanged" : "RecordClassAdded", "record-class", changed.code(),
                details);
        return changed;
    }

    /**
     * Imports classes (from a CSV file, already read and checked as a plan): each is added, or changes the class of
     * the same code (a changed rule recomputes its records' dates). Classes the file does not name are kept. All in
     * one transaction: a refusal imports nothing. Returns how many classes were added and changed.
     */
    @RolesAllowed(Roles.RECORDS_MANAGER)
    public int[] importPlan(List<RecordClass> imported, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ca.quorum.shared.domain.RuleViolation.because("plan.importReason");
        }
        ClassificationPlan current = plan();
        int added = 0;
        int changed = 0;
        for (RecordClass c : new ClassificationPlan(imported).classes()) { // parents before their children
            Optional<RecordClass> before = current.find(c.code());
            if (before.isEmpty()) {
                added++;
                saveClass(c, reason);
            } else if (!before.get().equals(c)) {
                changed++;
                saveClass(c, reason);
            }
        }
        audit.record("RecordPlanImported", "record-plan", TenantContext.require(), Map.of("added", added,
                "changed", changed, "reason", reason.strip()));
        return new int[] {added, changed};
    }

    /** The records of a meeting with their class and dates (without history), for the records manager. */
    @RolesAllowed({Roles.RECORDS_MANAGER, Roles.CLERK, Roles.FOI_OFFICER})
    public List<RetentionCard> recordsOfMeeting(long meetingId) {
        String tenant = TenantContext.require();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.record_type, r.record_id, r.class_code, c.title_en, "
                + "c.rule_code, c.final_action, r.triggered_on, r.eligible_from from record_retention r join "
                + "record_class c on c.tenant = r.tenant and c.code = r.class_code where r.tenant = ?1 and "
                + "r.meeting_id = ?2 order by r.record_type, r.record_id").setParameter(1, tenant)
                .setParameter(2, meetingId).getResultList();
        return rows.stream().map(r -> new RetentionCard(RecordKind.valueOf((String) r[0]), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4], FinalAction.valueOf((String) r[5]), local(r[6]),
                local(r[7]), List.of())).toList();
    }

    /** Removes a class that no record uses, no class sits under, and no kind of record is filed under. */
    @RolesAllowed(Roles.RECORDS_MANAGER)
    public void removeClass(String code) {
        String tenant = TenantContext.require();
        for (RecordKind kind : RecordKind.values()) {
            if (kind.startingClass().equals(code == null ? null : code.strip())) {
                // new records of that kind are filed there: without it they could not be created
                throw ca.quorum.shared.domain.RuleViolation.because("plan.filesKind", code.strip(), kind.name());
            }
        }
        ClassificationPlan plan = new ClassificationPlan(classes(tenant));
        plan.remove(code, c -> ((Number) em.createNativeQuery("select count(*) from record_retention where tenant = ?1 "
                + "and class_code = ?2").setParameter(1, tenant).setParameter(2, c).getSingleResult()).longValue() > 0);
        em.createNativeQuery("delete from record_class where tenant = ?1 and code = ?2").setParameter(1, tenant)
                .setParameter(2, code.strip()).executeUpdate();
        audit.record("RecordClassRemoved", "record-class", code.strip(), Map.of("code", code.strip()));
    }

    /**
     * Files a record just created under its kind's class, with its trigger when it happens at creation (a meeting's
     * day, the day a report is drafted, the day a by-law is enacted), the meeting it belongs to (null for none yet)
     * and the day it is dated (for holds by date range). Runs in the creating transaction: a record is never stored
     * unclassified.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void classify(RecordKind kind, long recordId, LocalDate triggered, Long meetingId, LocalDate recordedOn) {
        String tenant = TenantContext.require();
        RecordClass recordClass = classOf(tenant, kind.startingClass())
                .orElseGet(() -> startingClass(tenant, kind));
        LocalDate eligible = recordClass.rule().eligibleFrom(triggered).orElse(null);
        Number id = (Number) em.createNativeQuery("insert into record_retention (tenant, record_type, record_id, "
                + "class_code, triggered_on, eligible_from, meeting_id, recorded_on) values (?1, ?2, ?3, ?4, "
                + "nullif(?5, '')::date, nullif(?6, '')::date, nullif(?7, -1), cast(?8 as date)) "
                + "on conflict (tenant, record_type, record_id) do nothing returning id").setParameter(1, tenant)
                .setParameter(2, kind.name()).setParameter(3, recordId).setParameter(4, recordClass.code())
                .setParameter(5, date(triggered)).setParameter(6, date(eligible))
                .setParameter(7, meetingId == null ? -1L : meetingId).setParameter(8, recordedOn.toString())
                .getResultStream().findFirst().orElse(null);
        if (id != null) {
            change(tenant, id.longValue(), null, recordClass.code(), null, recordClass.rule().code(), null, eligible,
                    "classified at creation");
        }
    }

    /**
     * A record's trigger happened after it was filed (minutes adopted, a file closed): its first day of eligibility
     * is computed from it now, with a line of history. A trigger already recorded is kept.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void triggered(RecordKind kind, long recordId, LocalDate on, String what) {
        String tenant = TenantContext.require();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.id, r.class_code, r.eligible_from from record_retention r "
                + "where r.tenant = ?1 and r.record_type = ?2 and r.record_id = ?3 and r.triggered_on is null")
                .setParameter(1, tenant).setParameter(2, kind.name()).setParameter(3, recordId).getResultList();
        for (Object[] row : rows) {
            RecordClass recordClass = classOf(tenant, (String) row[1]).orElseThrow();
            LocalDate eligible = recordClass.rule().eligibleFrom(on).orElse(null);
            em.createNativeQuery("update record_retention set triggered_on = cast(?1 as date), eligible_from = "
                    + "nullif(?2, '')::date where id = ?3").setParameter(1, on.toString()).setParameter(2, date(eligible))
                    .setParameter(3, ((Number) row[0]).longValue()).executeUpdate();
            change(tenant, ((Number) row[0]).longValue(), recordClass.code(), recordClass.code(), null,
                    recordClass.rule().code(), local(row[2]), eligible, what);
        }
    }

    /**
     * A record placed in a meeting after it was filed (a staff report put on an agenda): from now on, holds on that
     * meeting or its body cover it. A record keeps the first meeting it was placed in.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void placedIn(RecordKind kind, long recordId, long meetingId) {
        em.createNativeQuery("update record_retention set meeting_id = ?1 where tenant = ?2 and record_type = ?3 "
                + "and record_id = ?4 and meeting_id is null").setParameter(1, meetingId)
                .setParameter(2, TenantContext.require()).setParameter(3, kind.name()).setParameter(4, recordId)
                .executeUpdate();
    }

    /**
     * Files a record under another class (a records manager's decision, with its reason): its first day of
     * eligibility is computed from its trigger under the new class's rule, with a line of history. A held record,
     * or one already destroyed or transferred, is not reclassified.
     */
    @RolesAllowed(Roles.RECORDS_MANAGER)
    public RetentionCard reclassify(RecordKind kind, long recordId, String classCode, String reason) {
        String tenant = TenantContext.require();
        if (reason == null || reason.isBlank()) {
            throw ca.quorum.shared.domain.RuleViolation.because("retention.reclassifyReason");
        }
        holds.requireNotHeld(kind, recordId);
        RecordClass to = classOf(tenant, classCode == null ? "" : classCode.strip()).orElseThrow(
                () -> ca.quorum.shared.domain.RuleViolation.because("plan.noSuchClass", classCode));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.id, r.class_code, c.rule_code, r.triggered_on, "
                + "r.eligible_from, r.state from record_retention r join record_class c on c.tenant = r.tenant and "
                + "c.code = r.class_code where r.tenant = ?1 and r.record_type = ?2 and r.record_id = ?3 for update of r")
                .setParameter(1, tenant).setParameter(2, kind.name()).setParameter(3, recordId).getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException(kind + " " + recordId + " has no retention");
        }
        Object[] r = rows.get(0);
        if (!"KEPT".equals(r[5])) {
            throw ca.quorum.shared.domain.RuleViolation.because("retention.notKept", kind.name(), recordId, r[5]);
        }
        LocalDate eligible = to.rule().eligibleFrom(local(r[3])).orElse(null);
        long id = ((Number) r[0]).longValue();
        em.createNativeQuery("update record_retention set class_code = ?1, eligible_from = nullif(?2, '')::date "
                + "where id = ?3").setParameter(1, to.code()).setParameter(2, date(eligible)).setParameter(3, id)
                .executeUpdate();
        change(tenant, id, (String) r[1], to.code(), (String) r[2], to.rule().code(), local(r[4]), eligible,
                reason.strip());
        reindex(kind, recordId, (Number) em.createNativeQuery("select meeting_id from record_retention where id = ?1")
                .setParameter(1, id).getSingleResult());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("record", kind.name() + " " + recordId);
        details.put("from", r[1]);
        details.put("to", to.code());
        details.put("reason", reason.strip());
        audit.record("RecordReclassified", "record-retention", Long.toString(id), details);
        return retention(kind, recordId);
    }

    /** A record's retention card: its class, rule, trigger, first day of eligibility and history. */
    @RolesAllowed({Roles.RECORDS_MANAGER, Roles.CLERK, Roles.FOI_OFFICER})
    public RetentionCard retention(RecordKind kind, long recordId) {
        String tenant = TenantContext.require();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.id, r.class_code, c.title_en, c.rule_code, "
                + "c.final_action, r.triggered_on, r.eligible_from from record_retention r join record_class c on "
                + "c.tenant = r.tenant and c.code = r.class_code where r.tenant = ?1 and r.record_type = ?2 and "
                + "r.record_id = ?3").setParameter(1, tenant).setParameter(2, kind.name()).setParameter(3, recordId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException(kind + " " + recordId + " has no retention");
        }
        Object[] r = rows.get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> changes = em.createNativeQuery("select changed_at, changed_by, from_class, to_class, from_rule, "
                + "to_rule, from_date, to_date, reason from record_retention_change where retention_id = ?1 "
                + "order by id").setParameter(1, ((Number) r[0]).longValue()).getResultList();
        List<Change> history = new ArrayList<>();
        for (Object[] c : changes) {
            history.add(new Change(instant(c[0]), (String) c[1], (String) c[2], (String) c[3], (String) c[4],
                    (String) c[5], local(c[6]), local(c[7]), (String) c[8]));
        }
        return new RetentionCard(kind, recordId, (String) r[1], (String) r[2], (String) r[3],
                FinalAction.valueOf((String) r[4]), local(r[5]), local(r[6]), history);
    }

    private void recompute(String tenant, RecordClass changed, String reason) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, triggered_on, eligible_from, record_type, record_id, "
                + "meeting_id from record_retention where tenant = ?1 and class_code = ?2").setParameter(1, tenant)
                .setParameter(2, changed.code()).getResultList();
        for (Object[] row : rows) {
            reindex(RecordKind.valueOf((String) row[3]), ((Number) row[4]).longValue(), (Number) row[5]);
            LocalDate triggered = local(row[1]);
            LocalDate before = local(row[2]);
            LocalDate after = changed.rule().eligibleFrom(triggered).orElse(null);
            em.createNativeQuery("update record_retention set eligible_from = nullif(?1, '')::date where id = ?2")
                    .setParameter(1, date(after)).setParameter(2, ((Number) row[0]).longValue()).executeUpdate();
            change(tenant, ((Number) row[0]).longValue(), changed.code(), changed.code(), null,
                    changed.rule().code(), before, after, reason);
        }
    }

    private void change(String tenant, long retention, String fromClass, String toClass, String fromRule,
            String toRule, LocalDate fromDate, LocalDate toDate, String reason) {
        em.createNativeQuery("insert into record_retention_change (tenant, retention_id, changed_at, changed_by, "
                + "from_class, to_class, from_rule, to_rule, from_date, to_date, reason) values (?1, ?2, ?3, ?4, "
                + "nullif(?5, ''), ?6, nullif(?7, ''), ?8, nullif(?9, '')::date, nullif(?10, '')::date, ?11)")
                .setParameter(1, tenant).setParameter(2, retention)
                .setParameter(3, Timestamp.from(Instant.now())).setParameter(4, Caller.principalOrSystem(session))
                .setParameter(5, text(fromClass)).setParameter(6, toClass).setParameter(7, text(fromRule))
                .setParameter(8, toRule).setParameter(9, date(fromDate)).setParameter(10, date(toDate))
                .setParameter(11, reason).executeUpdate();
    }

    /**
     * A kind's class missing from a plan made before the kind existed (meeting logs came after the first plans): put
     * in from the starting plan, with its parents, audited; never a record left unclassified.
     */
    private RecordClass startingClass(String tenant, RecordKind kind) {
        ClassificationPlan starting = new ClassificationPlan(StartingPlan.classes());
        RecordClass wanted = starting.find(kind.startingClass()).orElseThrow();
        java.util.Deque<RecordClass> chain = new java.util.ArrayDeque<>();
        for (RecordClass c = wanted; c != null; c = c.parent() == null ? null : starting.find(c.parent()).orElse(null)) {
            if (classOf(tenant, c.code()).isEmpty()) {
                chain.push(c);
            }
        }
        for (RecordClass c : chain) {
            insert(tenant, c);
            audit.record("RecordClassAdded", "record-class", c.code(), Map.of("code", c.code(), "title", c.titleEn(),
                    "rule", c.rule().code(), "action", c.rule().action().name(), "before", "(from the starting plan, "
                            + "for " + kind.name() + ")"));
        }
        return wanted;
    }

    /** One class of the municipality's plan (the starting plan is put in place the first time it has none). */
    private Optional<RecordClass> classOf(String tenant, String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + CLASS_COLUMNS + " from record_class where tenant = ?1 "
                + "and code = ?2").setParameter(1, tenant).setParameter(2, code).getResultList();
        if (rows.isEmpty()) {
            return new ClassificationPlan(classes(tenant)).find(code);
        }
        return Optional.of(recordClass(rows.get(0)));
    }

    private static final String CLASS_COLUMNS = "code, title_en, title_fr, description, parent_code, rule_code, "
            + "active_months, inactive_months, rule_trigger, trigger_event, from_year_end, final_action";

    private static RecordClass recordClass(Object[] r) {
        return new RecordClass((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                new RetentionRule((String) r[5], Period.ofMonths(((Number) r[6]).intValue()).normalized(),
                        Period.ofMonths(((Number) r[7]).intValue()).normalized(),
                        RetentionTrigger.valueOf((String) r[8]), (String) r[9], (Boolean) r[10],
                        FinalAction.valueOf((String) r[11])));
    }

    /** The municipality's classes; the starting plan is put in place the first time it has none. */
    private List<RecordClass> classes(String tenant) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + CLASS_COLUMNS + " from record_class where tenant = ?1 "
                + "order by id").setParameter(1, tenant).getResultList();
        if (rows.isEmpty()) {
            for (RecordClass c : new ClassificationPlan(StartingPlan.classes()).classes()) {
                insert(tenant, c);
            }
            return StartingPlan.classes();
        }
        List<RecordClass> classes = new ArrayList<>();
        for (Object[] r : rows) {
            classes.add(recordClass(r));
        }
        return classes;
    }

    private void insert(String tenant, RecordClass c) {
        em.createNativeQuery("insert into record_class (tenant, code, title_en, title_fr, description, parent_code, "
                + "rule_code, active_months, inactive_months, rule_trigger, trigger_event, from_year_end, "
                + "final_action) values (?1, ?2, ?3, ?4, ?5, nullif(?6, ''), ?7, ?8, ?9, ?10, nullif(?11, ''), ?12, ?13) "
                + "on conflict (tenant, code) do nothing").setParameter(1, tenant).setParameter(2, c.code())
                .setParameter(3, c.titleEn()).setParameter(4, c.titleFr()).setParameter(5, c.description())
                .setParameter(6, text(c.parent())).setParameter(7, c.rule().code())
                .setParameter(8, c.rule().active().toTotalMonths()).setParameter(9, c.rule().inactive().toTotalMonths())
                .setParameter(10, c.rule().trigger().name()).setParameter(11, text(c.rule().event()))
                .setParameter(12, c.rule().fromYearEnd()).setParameter(13, c.rule().action().name()).executeUpdate();
    }

    /** The record's search documents carry its retention: they are derived again when it changes. */
    private void reindex(RecordKind kind, long recordId, Number meetingId) {
        switch (kind) {
            case MINUTES -> searchOutbox.enqueue(ca.quorum.discovery.application.SearchOutbox.Kind.MINUTES, recordId);
            case BYLAW -> searchOutbox.enqueue(ca.quorum.discovery.application.SearchOutbox.Kind.BYLAW, recordId);
            default -> {
                if (meetingId != null) { // an agenda revision, or a report placed on an agenda: the meeting's
                    searchOutbox.enqueue(ca.quorum.discovery.application.SearchOutbox.Kind.AGENDA,
                            meetingId.longValue());
                    searchOutbox.enqueue(ca.quorum.discovery.application.SearchOutbox.Kind.PACKET,
                            meetingId.longValue());
                }
            }
        }
    }

    /** A day as SQL text, '' for none (with {@code nullif(?, '')::date}): never a null to bind. */
    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** A text that may be missing, as '' (with {@code nullif(?, '')}): never a null to bind. */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static LocalDate local(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.OffsetDateTime o
                ? o.toInstant() : (Instant) value;
    }
}
