package ca.quorum.records.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Roles;
import ca.quorum.records.domain.HoldScope;
import ca.quorum.records.domain.LegalHold;
import ca.quorum.records.domain.RecordKind;
import ca.quorum.records.domain.RecordPlace;
import ca.quorum.shared.application.Caller;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.shared.tenant.TenantContext;

/**
 * The current municipality's legal holds: placed by the records manager or the FOI officer (and, through
 * {@link #place} with a source such as {@code FOI:2027-014}, by an access request), lifted with a reason, never
 * deleted. A record an active hold covers cannot be changed, disposed of or purged: services that change records ask
 * {@link #requireNotHeld} first (a refusal in the reader's language), and the database refuses again for every
 * other path ({@code V12__legal_holds.sql}). Placing and lifting are audited.
 */
@Stateless
@RolesAllowed({Roles.RECORDS_MANAGER, Roles.FOI_OFFICER, Roles.CLERK})
public class LegalHolds {

    /** A hold as the holds page and the API show it, with the number of records it covers now. */
    public record HoldView(long id, String matter, String reason, String scope, String scopeDetail, String source,
            Instant placedAt, String placedBy, Instant liftedAt, String liftedBy, String liftReason, long records)
            implements java.io.Serializable {

        public boolean active() {
            return liftedAt == null;
        }
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @EJB
    ca.quorum.discovery.application.Search search;

    @Resource
    SessionContext session;

    /**
     * Places a hold. A hold by saved search covers the records {@code found} (what the search found now, resolved
     * by the caller); other scopes cover their records as they are and as they come.
     *
     * @param source who asked: {@code staff}, or the process that placed it ({@code FOI:2027-014})
     * @return the hold's id
     */
    @RolesAllowed({Roles.RECORDS_MANAGER, Roles.FOI_OFFICER})
    public long place(String matter, String reason, HoldScope scope, String source) {
        String tenant = TenantContext.require();
        Instant now = Instant.now();
        LegalHold hold = new LegalHold(0, matter == null ? null : matter.strip(), reason == null ? null
                : reason.strip(), scope, now, null);
        requireInThisMunicipality(tenant, scope);
        String by = Caller.principalOrSystem(session);
        Number id = (Number) em.createNativeQuery("insert into legal_hold (tenant, matter, reason, scope, meeting_id, "
                + "body_id, from_day, to_day, query, source, placed_at, placed_by) values (?1, ?2, ?3, ?4, "
                + "nullif(?5, -1), nullif(?6, -1), nullif(?7, '')::date, nullif(?8, '')::date, nullif(?9, ''), ?10, "
                + "?11, ?12) returning id").setParameter(1, tenant).setParameter(2, hold.matter())
                .setParameter(3, hold.reason()).setParameter(4, scope.kind())
                .setParameter(5, scope instanceof HoldScope.Meeting m ? m.meetingId() : -1L)
                .setParameter(6, scope instanceof HoldScope.Body b ? b.bodyId() : -1L)
                .setParameter(7, scope instanceof HoldScope.DateRange r ? r.from().toString() : "")
                .setParameter(8, scope instanceof HoldScope.DateRange r ? r.to().toString() : "")
                .setParameter(9, scope instanceof HoldScope.SavedSearch q ? q.query().strip() : "")
                .setParameter(10, source == null || source.isBlank() ? "staff" : source.strip())
                .setParameter(11, Timestamp.from(now)).setParameter(12, by).getSingleResult();
        Set<RecordPlace.Key> fixed = switch (scope) {
            case HoldScope.OneRecord one -> Set.of(new RecordPlace.Key(one.recordKind(), one.recordId()));
            case HoldScope.SavedSearch search -> search.found();
            default -> Set.of();
        };
        for (RecordPlace.Key key : fixed) {
            em.createNativeQuery("insert into legal_hold_record (hold_id, tenant, record_type, record_id) values "
                    + "(?1, ?2, ?3, ?4)").setParameter(1, id.longValue()).setParameter(2, tenant)
                    .setParameter(3, key.kind().name()).setParameter(4, key.recordId()).executeUpdate();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("matter", hold.matter());
        details.put("scope", scope.kind());
        details.put("covers", describe(scope));
        details.put("source", source == null || source.isBlank() ? "staff" : source.strip());
        audit.record("LegalHoldPlaced", "legal-hold", id.toString(), details);
        return id.longValue();
    }

    /**
     * Places a hold on the records a search finds now, closed ones included: a hit on a meeting's agenda, packet or
     * motions holds that meeting's records; a hit on minutes or a by-law holds that record. The records are fixed
     * when the hold is placed; the query is kept with it.
     */
    @RolesAllowed({Roles.RECORDS_MANAGER, Roles.FOI_OFFICER})
    public long placeBySearch(String matter, String reason, String query, String source) {
        String tenant = TenantContext.require();
        if (query == null || query.isBlank()) {
            throw RuleViolation.because("hold.scope");
        }
        Set<RecordPlace.Key> found = new LinkedHashSet<>();
        for (ca.quorum.search.SearchResults.Hit hit : search.everyHit(query.strip())) {
            switch (hit.type()) {
                case "MINUTES" -> found.add(new RecordPlace.Key(RecordKind.MINUTES, hit.recordId()));
                case "BYLAW" -> found.add(new RecordPlace.Key(RecordKind.BYLAW, hit.recordId()));
                default -> { // the documents of a meeting: its agenda, items, reports, attachments, packet, motions
                    @SuppressWarnings("unchecked")
                    List<Object[]> records = em.createNativeQuery("select record_type, record_id from record_retention "
                            + "where tenant = ?1 and meeting_id = ?2").setParameter(1, tenant)
                            .setParameter(2, hit.recordId()).getResultList();
                    records.forEach(r -> found.add(new RecordPlace.Key(RecordKind.valueOf((String) r[0]),
                            ((Number) r[1]).longValue())));
                }
            }
        }
        if (found.isEmpty()) {
            throw RuleViolation.because("hold.searchFoundNothing", query.strip());
        }
        return place(matter, reason, new HoldScope.SavedSearch(query.strip(), found), source);
    }

    /** Lifts an active hold, saying why; the hold stays on file with who lifted it and when. */
    @RolesAllowed({Roles.RECORDS_MANAGER, Roles.FOI_OFFICER})
    public void lift(long id, String reason) {
        String tenant = TenantContext.require();
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.because("hold.liftReason");
        }
        LegalHold hold = find(tenant, id);
        LegalHold lifted = hold.lift(Instant.now());
        em.createNativeQuery("update legal_hold set lifted_at = ?1, lifted_by = ?2, lift_reason = ?3 where id = ?4 "
                + "and tenant = ?5").setParameter(1, Timestamp.from(lifted.liftedAt()))
                .setParameter(2, Caller.principalOrSystem(session)).setParameter(3, reason.strip())
                .setParameter(4, id).setParameter(5, tenant).executeUpdate();
        audit.record("LegalHoldLifted", "legal-hold", Long.toString(id), Map.of("matter", hold.matter(), "reason",
                reason.strip()));
    }

    /** Every hold of the municipality, active ones first, newest first. */
    public List<HoldView> holds() {
        String tenant = TenantContext.require();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select h.id, h.matter, h.reason, h.scope, h.meeting_id, "
                + "h.body_id, h.from_day, h.to_day, h.query, h.source, h.placed_at, h.placed_by, h.lifted_at, "
                + "h.lifted_by, h.lift_reason, (select count(*) from record_retention r where r.tenant = h.tenant "
                + "and " + COVERS + ") from legal_hold h where h.tenant = ?1 order by h.lifted_at is not null, "
                + "h.placed_at desc, h.id desc").setParameter(1, tenant).getResultList();
        List<HoldView> views = new ArrayList<>();
        for (Object[] r : rows) {
            views.add(new HoldView(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    detail((String) r[3], r[4], r[5], r[6], r[7], (String) r[8]), (String) r[9], instant(r[10]),
                    (String) r[11], instant(r[12]), (String) r[13], (String) r[14], ((Number) r[15]).longValue()));
        }
        return views;
    }

    /** The records a hold covers now (kind and id). */
    public List<RecordPlace.Key> covered(long id) {
        String tenant = TenantContext.require();
        find(tenant, id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.record_type, r.record_id from legal_hold h join "
                + "record_retention r on r.tenant = h.tenant and " + COVERS + " where h.id = ?1 and h.tenant = ?2 "
                + "order by r.record_type, r.record_id").setParameter(1, id).setParameter(2, tenant).getResultList();
        return rows.stream().map(r -> new RecordPlace.Key(RecordKind.valueOf((String) r[0]),
                ((Number) r[1]).longValue())).toList();
    }

    /** The active holds that freeze a record (none when it is free). */
    @PermitAll
    public List<LegalHold> holding(RecordKind kind, long recordId) {
        String tenant = TenantContext.require();
        List<LegalHold> active = activeHolds(tenant);
        if (active.isEmpty()) {
            return List.of(); // the usual case: one indexed query, no more
        }
        return LegalHold.freezing(active, place(tenant, kind, recordId));
    }

    /**
     * Refuses (in the reader's language, naming the matters) a change to a record an active hold covers. Every
     * service that changes, disposes of or purges a record calls this first.
     */
    @PermitAll
    public void requireNotHeld(RecordKind kind, long recordId) {
        LegalHold.requireNoneActive(holding(kind, recordId));
    }

    /** Where a record belongs, as holds ask it. */
    private RecordPlace place(String tenant, RecordKind kind, long recordId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.meeting_id, m.body_id, r.recorded_on from "
                + "record_retention r left join meeting m on m.id = r.meeting_id where r.tenant = ?1 and "
                + "r.record_type = ?2 and r.record_id = ?3").setParameter(1, tenant).setParameter(2, kind.name())
                .setParameter(3, recordId).getResultList();
        if (rows.isEmpty()) {
            return new RecordPlace(kind, recordId, null, null, LocalDate.now());
        }
        Object[] r = rows.get(0);
        return new RecordPlace(kind, recordId, r[0] == null ? null : ((Number) r[0]).longValue(),
                r[1] == null ? null : ((Number) r[1]).longValue(), local(r[2]));
    }

    private List<LegalHold> activeHolds(String tenant) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, matter, reason, scope, meeting_id, body_id, from_day, "
                + "to_day, query, placed_at from legal_hold where tenant = ?1 and lifted_at is null order by id")
                .setParameter(1, tenant).getResultList();
        List<LegalHold> holds = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            holds.add(new LegalHold(id, (String) r[1], (String) r[2], scope(tenant, id, (String) r[3], r[4], r[5],
                    r[6], r[7], (String) r[8]), instant(r[9]), null));
        }
        return holds;
    }

    private LegalHold find(String tenant, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, matter, reason, scope, meeting_id, body_id, from_day, "
                + "to_day, query, placed_at, lifted_at from legal_hold where tenant = ?1 and id = ?2")
                .setParameter(1, tenant).setParameter(2, id).getResultList();
        if (rows.isEmpty()) {
            throw RuleViolation.because("hold.noSuchHold", id);
        }
        Object[] r = rows.get(0);
        return new LegalHold(id, (String) r[1], (String) r[2], scope(tenant, id, (String) r[3], r[4], r[5], r[6],
                r[7], (String) r[8]), instant(r[9]), instant(r[10]));
    }

    private HoldScope scope(String tenant, long holdId, String kind, Object meeting, Object body, Object from,
            Object to, String query) {
        return switch (kind) {
            case "MEETING" -> new HoldScope.Meeting(((Number) meeting).longValue());
            case "BODY" -> new HoldScope.Body(((Number) body).longValue());
            case "DATE_RANGE" -> new HoldScope.DateRange(local(from), local(to));
            default -> {
                @SuppressWarnings("unchecked")
                List<Object[]> keys = em.createNativeQuery("select record_type, record_id from legal_hold_record "
                        + "where hold_id = ?1 and tenant = ?2").setParameter(1, holdId).setParameter(2, tenant)
                        .getResultList();
                Set<RecordPlace.Key> found = new LinkedHashSet<>();
                for (Object[] k : keys) {
                    found.add(new RecordPlace.Key(RecordKind.valueOf((String) k[0]), ((Number) k[1]).longValue()));
                }
                if (kind.equals("RECORD")) {
                    RecordPlace.Key one = found.iterator().next();
                    yield new HoldScope.OneRecord(one.kind(), one.recordId());
                }
                yield new HoldScope.SavedSearch(query, found);
            }
        };
    }

    /** The meeting, body or record a hold names must be this municipality's. */
    private void requireInThisMunicipality(String tenant, HoldScope scope) {
        String table;
        long id;
        switch (scope) {
            case HoldScope.Meeting m -> {
                table = "meeting";
                id = m.meetingId();
            }
            case HoldScope.Body b -> {
                table = "body";
                id = b.bodyId();
            }
            case HoldScope.OneRecord one -> {
                long found = ((Number) em.createNativeQuery("select count(*) from record_retention where tenant = ?1 "
                        + "and record_type = ?2 and record_id = ?3").setParameter(1, tenant)
                        .setParameter(2, one.recordKind().name()).setParameter(3, one.recordId()).getSingleResult())
                        .longValue();
                if (found == 0) {
                    throw RuleViolation.because("hold.noSuchRecord", one.recordKind().name(), one.recordId());
                }
                return;
            }
            default -> {
                return;
            }
        }
        long found = ((Number) em.createNativeQuery("select count(*) from " + table + " where tenant = ?1 and id = ?2")
                .setParameter(1, tenant).setParameter(2, id).getSingleResult()).longValue();
        if (found == 0) {
            throw RuleViolation.because("hold.noSuch." + table, id);
        }
    }

    /** The same coverage as {@code record_held} in SQL, for a hold {@code h} and a record's retention {@code r}. */
    private static final String COVERS = "((h.scope in ('RECORD', 'SEARCH') and exists (select 1 from "
            + "legal_hold_record x where x.hold_id = h.id and x.record_type = r.record_type and x.record_id = "
            + "r.record_id)) or (h.scope = 'MEETING' and h.meeting_id = r.meeting_id) or (h.scope = 'BODY' and "
            + "exists (select 1 from meeting m where m.id = r.meeting_id and m.body_id = h.body_id)) or (h.scope = "
            + "'DATE_RANGE' and r.recorded_on between h.from_day and h.to_day))";

    private String detail(String scope, Object meeting, Object body, Object from, Object to, String query) {
        return switch (scope) {
            case "MEETING" -> first(em.createNativeQuery("select title || ' (' || to_char(starts_at, 'YYYY-MM-DD') "
                    + "|| ')' from meeting where id = ?1").setParameter(1, ((Number) meeting).longValue()), "#" + meeting);
            case "BODY" -> first(em.createNativeQuery("select name from body where id = ?1")
                    .setParameter(1, ((Number) body).longValue()), "#" + body);
            case "DATE_RANGE" -> local(from) + " \u2013 " + local(to);
            case "SEARCH" -> "\u201c" + query + "\u201d";
            default -> "";
        };
    }

    private static String first(jakarta.persistence.Query query, String otherwise) {
        List<?> rows = query.getResultList();
        return rows.isEmpty() ? otherwise : String.valueOf(rows.get(0));
    }

    private static String describe(HoldScope scope) {
        return switch (scope) {
            case HoldScope.OneRecord one -> one.recordKind().name() + " " + one.recordId();
            case HoldScope.Meeting m -> "meeting " + m.meetingId();
            case HoldScope.Body b -> "body " + b.bodyId();
            case HoldScope.DateRange r -> r.from() + " to " + r.to();
            case HoldScope.SavedSearch q -> "search \"" + q.query() + "\": " + q.found().size() + " records";
        };
    }

    private static LocalDate local(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Timestamp t ? t.toInstant()
                : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
