package ca.quorum.records.application;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Municipality;
import ca.quorum.admin.domain.Roles;
import ca.quorum.discovery.application.SearchOutbox;
import ca.quorum.documents.application.RecordFiles;
import ca.quorum.documents.application.SigningKeys;
import ca.quorum.documents.domain.RecordType;
import ca.quorum.documents.domain.StoredFile;
import ca.quorum.documents.infrastructure.FileStore;
import ca.quorum.documents.infrastructure.PadesSigner;
import ca.quorum.documents.infrastructure.RecordPdf;
import ca.quorum.records.domain.Disposition;
import ca.quorum.records.domain.DispositionBatch;
import ca.quorum.records.domain.FinalAction;
import ca.quorum.records.domain.LegalHold;
import ca.quorum.records.domain.RecordKind;
import ca.quorum.records.domain.RetentionRule;
import ca.quorum.records.domain.RetentionTrigger;
import ca.quorum.shared.application.Caller;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.shared.tenant.TenantContext;

/**
 * Disposition batches (Municipal Act, 2001, s.254-255: records are destroyed only as the retention by-law says, and
 * only with the approval it requires). A batch is proposed from the records eligible on a day (by the monthly job or
 * the records manager): held records are listed as excluded with the hold's matter, permanent ones never appear
 * ({@link Disposition}); the records manager excludes what should wait (saying why), approves with the council's
 * resolution where required, and executes. Execution purges each record's content (its text, its stored files'
 * chunks and page texts, its search documents), keeps a tombstone (description, hashes, class, rule, batch, who
 * approved), marks the retention "destroyed", audits each destruction as a PREMIS "deletion" event, and produces a
 * signed, tagged certificate of destruction listing every record, published for the verification page. Only records
 * whose action is "destroy" (or "review", the batch being that review) are proposed; "transfer" goes to archives.
 */
@Stateless
@RolesAllowed({Roles.RECORDS_MANAGER, Roles.SYSTEM})
public class Dispositions {

    /** A batch as its page shows it. */
    public record BatchView(long id, LocalDate asOf, DispositionBatch.Status status, Instant proposedAt,
            String proposedBy, Instant approvedAt, String approvedBy, String resolution, Instant executedAt,
            String certificateNumber, String certificateSha256, List<ItemView> items) implements java.io.Serializable {

        /** How many records of each class the batch destroys. */
        public Map<String, Long> includedByClass() {
            Map<String, Long> counts = new TreeMap<>();
            items.stream().filter(ItemView::included).forEach(i -> counts.merge(i.classCode(), 1L, Long::sum));
            return counts;
        }

        public long included() {
            return items.stream().filter(ItemView::included).count();
        }
    }

    /** A record of a batch. */
    public record ItemView(long id, RecordKind kind, long recordId, String title, String classCode, String ruleCode,
            FinalAction action, LocalDate eligibleFrom, boolean included, String exclusion)
            implements java.io.Serializable {
    }

    /** What remains of a destroyed record. */
    public record Tombstone(RecordKind kind, long recordId, String title, String classCode, String ruleCode,
            List<String> sha256s, long batchId, String certificateNumber, String approvedBy, Instant destroyedAt)
            implements java.io.Serializable {
    }

    /** Where the retention by-law requires a council resolution for each destruction. */
    static final boolean RESOLUTION_REQUIRED = ca.quorum.shared.infrastructure.Configuration
            .flag("QUORUM_DISPOSITION_RESOLUTION_REQUIRED", false);

    @PersistenceContext
    EntityManager em;

    @EJB
    LegalHolds holds;

    @EJB
    AuditLog audit;

    @EJB
    FileStore files;

    @EJB
    RecordFiles records;

    @EJB
    SigningKeys keys;

    @EJB
    SearchOutbox searchOutbox;

    @Resource
    SessionContext session;

    /**
     * Proposes a batch of the records eligible on {@code asOf} and not in an open batch; held ones are listed as
     * excluded with their holds' matters. Refused when nothing is eligible.
     *
     * @return the new batch's id
     */
    public long propose(LocalDate asOf) {
        String tenant = TenantContext.require();
        LocalDate day = asOf == null ? LocalDate.now(zone(tenant)) : asOf;
        if (day.isAfter(LocalDate.now(zone(tenant)))) {
            throw RuleViolation.because("disposition.futureDay", day); // nothing is destroyed before its time
        }
        @SuppressWarnings("unchecked")
        List<Object[]> candidates = em.createNativeQuery("select r.id, r.record_type, r.record_id, r.class_code, "
                + "c.rule_code, c.active_months, c.inactive_months, c.rule_trigger, c.trigger_event, c.from_year_end, "
                + "c.final_action, r.triggered_on from record_retention r join record_class c on c.tenant = r.tenant "
                + "and c.code = r.class_code where r.tenant = ?1 and r.state = 'KEPT' and r.eligible_from <= "
                + "cast(?2 as date) and c.final_action in ('DESTROY', 'REVIEW') and not exists (select 1 from "
                + "disposition_item i join disposition_batch b on b.id = i.batch_id where i.retention_id = r.id and "
                + "b.status in ('PROPOSED', 'APPROVED')) order by r.class_code, r.record_type, r.record_id")
                .setParameter(1, tenant).setParameter(2, day.toString()).getResultList();
        if (candidates.isEmpty()) {
            throw RuleViolation.because("disposition.nothingEligible", day);
        }
        String by = Caller.principalOrSystem(session);
        Number batch = (Number) em.createNativeQuery("insert into disposition_batch (tenant, as_of, status, "
                + "proposed_at, proposed_by) values (?1, cast(?2 as date), 'PROPOSED', ?3, ?4) returning id")
                .setParameter(1, tenant).setParameter(2, day.toString()).setParameter(3, Timestamp.from(Instant.now()))
                .setParameter(4, by).getSingleResult();
        int included = 0;
        for (Object[] c : candidates) {
            RecordKind kind = RecordKind.valueOf((String) c[1]);
            long recordId = ((Number) c[2]).longValue();
            RetentionRule rule = new RetentionRule((String) c[4], java.time.Period.ofMonths(((Number) c[5])
                    .intValue()).normalized(), java.time.Period.ofMonths(((Number) c[6]).intValue()).normalized(),
                    RetentionTrigger.valueOf((String) c[7]), (String) c[8], (Boolean) c[9],
                    FinalAction.valueOf((String) c[10]));
            List<LegalHold> holding = holds.holding(kind, recordId);
            Disposition.Assessment assessment = Disposition.assess(rule, local(c[11]), holding, day);
            String exclusion = switch (assessment) {
                case Disposition.Held held -> DispositionBatch.HELD + String.join("; ", held.holds().stream()
                        .map(LegalHold::matter).toList());
                case Disposition.Eligible eligible -> kind.destroyable() ? null
                        : "Minutes, by-laws and meeting logs are kept permanently.";
                default -> "Not eligible on " + day + ".";
            };
            LocalDate eligibleFrom = rule.eligibleFrom(local(c[11])).orElse(day);
            em.createNativeQuery("insert into disposition_item (batch_id, tenant, retention_id, record_type, record_id, "
                    + "title, class_code, rule_code, action, eligible_from, included, exclusion) values (?1, ?2, ?3, ?4, "
                    + "?5, ?6, ?7, ?8, ?9, cast(?10 as date), ?11, nullif(?12, ''))").setParameter(1, batch.longValue())
                    .setParameter(2, tenant).setParameter(3, ((Number) c[0]).longValue()).setParameter(4, kind.name())
                    .setParameter(5, recordId).setParameter(6, title(kind, recordId)).setParameter(7, (String) c[3])
                    .setParameter(8, rule.code()).setParameter(9, rule.action().name())
                    .setParameter(10, eligibleFrom.toString()).setParameter(11, exclusion == null)
                    .setParameter(12, exclusion == null ? "" : exclusion).executeUpdate();
            included += exclusion == null ? 1 : 0;
        }
        audit.record("DispositionProposed", "disposition-batch", batch.toString(), Map.of("asOf", day.toString(),
                "records", candidates.size(), "included", included));
        return batch.longValue();
    }

    /** Every batch, newest first, without their records. */
    public List<BatchView> batches() {
        String tenant = TenantContext.require();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from disposition_batch where tenant = ?1 order by id desc")
                .setParameter(1, tenant).getResultList();
        return ids.stream().map(id -> view(tenant, id.longValue())).toList();
    }

    /** One batch with its records. */
    public BatchView batch(long id) {
        return view(TenantContext.require(), id);
    }

    public void exclude(long batchId, long itemId, String reason) {
        DispositionBatch batch = load(batchId);
        DispositionBatch.Item item = batch.exclude(itemId, reason);
        saveItem(item);
        audit.record("DispositionRecordExcluded", "disposition-batch", Long.toString(batchId), Map.of("record",
                item.kind() + " " + item.recordId(), "reason", item.exclusion()));
    }

    public void include(long batchId, long itemId) {
        DispositionBatch batch = load(batchId);
        DispositionBatch.Item item = batch.include(itemId);
        saveItem(item);
        audit.record("DispositionRecordIncluded", "disposition-batch", Long.toString(batchId), Map.of("record",
                item.kind() + " " + item.recordId()));
    }

    /** Approves a proposed batch, with the council resolution that authorised it (required where the by-law says). */
    public void approve(long batchId, String resolution) {
        DispositionBatch batch = load(batchId);
        String by = Caller.principalOrSystem(session);
        Instant now = Instant.now();
        batch.approve(by, now, resolution, RESOLUTION_REQUIRED);
        em.createNativeQuery("update disposition_batch set status = 'APPROVED', approved_at = ?1, approved_by = ?2, "
                + "resolution = nullif(?3, '') where id = ?4 and tenant = ?5").setParameter(1, Timestamp.from(now))
                .setParameter(2, by).setParameter(3, batch.resolution() == null ? "" : batch.resolution())
                .setParameter(4, batchId).setParameter(5, TenantContext.require()).executeUpdate();
        audit.record("DispositionApproved", "disposition-batch", Long.toString(batchId), Map.of("records",
                batch.included().size(), "resolution", batch.resolution() == null ? "" : batch.resolution()));
    }

    public void cancel(long batchId) {
        DispositionBatch batch = load(batchId);
        batch.cancel();
        em.createNativeQuery("update disposition_batch set status = 'CANCELLED' where id = ?1 and tenant = ?2")
                .setParameter(1, batchId).setParameter(2, TenantContext.require()).executeUpdate();
        audit.record("DispositionCancelled", "disposition-batch", Long.toString(batchId), Map.of());
    }

    /**
     * Executes an approved batch: each included record not held at this moment is purged and leaves a tombstone (a
     * record held since the approval is left out, with the hold named); the certificate of destruction is signed
     * and published. All in one transaction: a failure destroys nothing.
     */
    public BatchView execute(long batchId) {
        String tenant = TenantContext.require();
        DispositionBatch batch = load(batchId);
        batch.executed();
        Instant now = Instant.now();
        String by = Caller.principalOrSystem(session);
        int year = now.atZone(zone(tenant)).getYear();
        long sequence = ((Number) em.createNativeQuery("select count(*) from disposition_batch where tenant = ?1 and "
                + "status = 'EXECUTED' and certificate_number like ?2").setParameter(1, tenant)
                .setParameter(2, "DC-" + year + "-%").getSingleResult()).longValue() + 1;
        String certificate = DispositionBatch.certificateNumber(year, sequence);
        List<Tombstone> destroyed = new ArrayList<>();
        for (DispositionBatch.Item item : batch.included()) {
            List<LegalHold> holding = holds.holding(item.kind(), item.recordId());
            if (!holding.isEmpty()) {
                String reason = DispositionBatch.HELD + String.join("; ", holding.stream().map(LegalHold::matter)
                        .toList());
                em.createNativeQuery("update disposition_item set included = false, exclusion = ?1 where id = ?2")
                        .setParameter(1, reason).setParameter(2, item.id()).executeUpdate();
                continue;
            }
            String title = title(item.kind(), item.recordId());
            List<String> hashes = purge(item.kind(), item.recordId(), certificate);
            em.createNativeQuery("insert into record_tombstone (tenant, record_type, record_id, title, class_code, "
                    + "rule_code, sha256s, batch_id, certificate_number, approved_by, destroyed_at) values (?1, ?2, ?3, "
                    + "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)").setParameter(1, tenant)
                    .setParameter(2, item.kind().name()).setParameter(3, item.recordId()).setParameter(4, title)
                    .setParameter(5, item.classCode()).setParameter(6, item.ruleCode())
                    .setParameter(7, String.join(" ", hashes)).setParameter(8, batchId).setParameter(9, certificate)
                    .setParameter(10, batch.approvedBy()).setParameter(11, Timestamp.from(now)).executeUpdate();
            em.createNativeQuery("update record_retention set state = 'DESTROYED' where tenant = ?1 and record_type = ?2 "
                    + "and record_id = ?3").setParameter(1, tenant).setParameter(2, item.kind().name())
                    .setParameter(3, item.recordId()).executeUpdate();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("premis", "deletion"); // PREMIS eventType, id.loc.gov/vocabulary/preservation/eventType/del
            details.put("certificate", certificate);
            details.put("class", item.classCode());
            details.put("rule", item.ruleCode());
            details.put("sha256", String.join(" ", hashes));
            audit.record("RecordDestroyed", item.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    Long.toString(item.recordId()), details);
            destroyed.add(new Tombstone(item.kind(), item.recordId(), title, item.classCode(), item.ruleCode(), hashes,
                    batchId, certificate, batch.approvedBy(), now));
        }
        StoredFile file = certificate(tenant, batchId, certificate, batch, destroyed, now, by);
        em.createNativeQuery("update disposition_batch set status = 'EXECUTED', executed_at = ?1, executed_by = ?2, "
                + "certificate_number = ?3, certificate_file_id = ?4 where id = ?5 and tenant = ?6")
                .setParameter(1, Timestamp.from(now)).setParameter(2, by).setParameter(3, certificate)
                .setParameter(4, file.id()).setParameter(5, batchId).setParameter(6, tenant).executeUpdate();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("premis", "deletion");
        details.put("certificate", certificate);
        details.put("records", destroyed.size());
        details.put("certificateSha256", file.sha256());
        audit.record("DispositionExecuted", "disposition-batch", Long.toString(batchId), details);
        return batch(batchId);
    }

    /** Streams an executed batch's signed certificate of destruction. */
    public void writeCertificate(long batchId, OutputStream out) throws IOException {
        String tenant = TenantContext.require();
        List<?> found = em.createNativeQuery("select certificate_file_id from disposition_batch where id = ?1 and "
                + "tenant = ?2 and certificate_file_id is not null").setParameter(1, batchId).setParameter(2, tenant)
                .getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("certificate of destruction of batch " + batchId);
        }
        records.write(((Number) found.get(0)).longValue(), out);
    }

    /** What remains of a destroyed record; empty when it was not destroyed. */
    @PermitAll
    public Optional<Tombstone> tombstone(RecordKind kind, long recordId) {
        String tenant = TenantContext.require();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select title, class_code, rule_code, sha256s, batch_id, "
                + "certificate_number, approved_by, destroyed_at from record_tombstone where tenant = ?1 and "
                + "record_type = ?2 and record_id = ?3").setParameter(1, tenant).setParameter(2, kind.name())
                .setParameter(3, recordId).getResultList();
        return rows.stream().findFirst().map(r -> new Tombstone(kind, recordId, (String) r[0], (String) r[1],
                (String) r[2], List.of(((String) r[3]).split(" ")), ((Number) r[4]).longValue(), (String) r[5],
                (String) r[6], instant(r[7])));
    }

    /**
     * Purges a record's content, keeping its row as the tombstone's anchor: its text emptied and marked destroyed
     * under the certificate, its files' content removed unless a record that is kept still uses the same file, its
     * search documents re-derived (without it). Returns the SHA-256 of each of its files.
     */
    private List<String> purge(RecordKind kind, long recordId, String certificate) {
        List<Long> fileIds = new ArrayList<>();
        switch (kind) {
            case AGENDA_REVISION -> {
                Object[] r = (Object[]) em.createNativeQuery("select meeting_id, number, public_pdf_id, members_pdf_id "
                        + "from agenda_revision where id = ?1").setParameter(1, recordId).getSingleResult();
                long meeting = ((Number) r[0]).longValue();
                fileIds.add(((Number) r[2]).longValue());
                fileIds.add(((Number) r[3]).longValue());
                @SuppressWarnings("unchecked")
                List<Object[]> packets = em.createNativeQuery("select public_file_id, members_file_id from "
                        + "agenda_packet where meeting_id = ?1 and revision = ?2").setParameter(1, meeting)
                        .setParameter(2, ((Number) r[1]).intValue()).getResultList();
                for (Object[] p : packets) {
                    for (Object f : p) {
                        if (f != null) {
                            fileIds.add(((Number) f).longValue());
                        }
                    }
                }
                em.createNativeQuery("update agenda_revision set snapshot = '', destroyed_under = ?1 where id = ?2")
                        .setParameter(1, certificate).setParameter(2, recordId).executeUpdate();
                searchOutbox.enqueue(SearchOutbox.Kind.AGENDA, meeting);
                searchOutbox.enqueue(SearchOutbox.Kind.PACKET, meeting);
            }
            case STAFF_REPORT -> {
                @SuppressWarnings("unchecked")
                List<Number> attachments = em.createNativeQuery("select file_id from report_attachment where "
                        + "report_id = ?1 order by position").setParameter(1, recordId).getResultList();
                attachments.forEach(f -> fileIds.add(f.longValue()));
                em.createNativeQuery("update staff_report set recommendation = '', body_text = '', destroyed_under = ?1 "
                        + "where id = ?2").setParameter(1, certificate).setParameter(2, recordId).executeUpdate();
                em.createNativeQuery("update report_event set comment_text = '' where report_id = ?1")
                        .setParameter(1, recordId).executeUpdate();
            }
            default -> throw RuleViolation.because("disposition.permanentKinds");
        }
        List<String> hashes = new ArrayList<>();
        for (long file : fileIds.stream().distinct().toList()) {
            hashes.add((String) em.createNativeQuery("select sha256 from stored_file where id = ?1")
                    .setParameter(1, file).getSingleResult());
            if (!stillUsed(file)) {
                em.createNativeQuery("delete from stored_file_chunk where file_id = ?1").setParameter(1, file)
                        .executeUpdate();
                em.createNativeQuery("delete from stored_file_page where file_id = ?1").setParameter(1, file)
                        .executeUpdate();
                em.createNativeQuery("update stored_file set purged_at = ?1 where id = ?2")
                        .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, file).executeUpdate();
            }
        }
        em.flush();
        em.clear(); // no entity read before keeps the purged content in this transaction
        return hashes;
    }

    /** Whether a record that is kept still uses this (deduplicated) file. */
    private boolean stillUsed(long file) {
        return ((Number) em.createNativeQuery("select count(*) from (select 1 from agenda_revision where "
                + "(public_pdf_id = ?1 or members_pdf_id = ?1) and destroyed_under is null union all select 1 from "
                + "report_attachment a join staff_report s on s.id = a.report_id where a.file_id = ?1 and "
                + "s.destroyed_under is null union all select 1 from minutes where pdf_id = ?1 union all select 1 from "
                + "bylaw where pdf_id = ?1 union all select 1 from record_signature where file_id = ?1 union all "
                + "select 1 from agenda_packet p where (p.public_file_id = ?1 or p.members_file_id = ?1) and exists "
                + "(select 1 from agenda_revision r where r.meeting_id = p.meeting_id and r.number = p.revision and "
                + "r.destroyed_under is null) union all select 1 from disposition_batch where certificate_file_id = ?1) "
                + "used").setParameter(1, file).getSingleResult()).longValue() > 0;
    }

    /** The signed, tagged certificate of destruction, stored and published under its SHA-256. */
    private StoredFile certificate(String tenant, long batchId, String number, DispositionBatch batch,
            List<Tombstone> destroyed, Instant at, String by) {
        Municipality municipality = em.find(Municipality.class, tenant);
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ISO_LOCAL_DATE;
        StringBuilder html = new StringBuilder();
        html.append("<h1>Certificate of destruction ").append(number).append("</h1>");
        html.append("<p>").append(escape(municipality.name())).append(" certifies that the records listed below were ")
                .append("destroyed on ").append(day.format(at.atZone(municipality.timeZone())))
                .append(" under its records retention by-law, as disposition batch ").append(batchId)
                .append(" approved by ").append(escape(batch.approvedBy())).append(" on ")
                .append(day.format(batch.approvedAt().atZone(municipality.timeZone())))
                .append(batch.resolution() == null ? "" : " under council " + escape(batch.resolution()))
                .append(", executed by ").append(escape(by)).append(". Their content was purged from the file store, ")
                .append("the search index and every copy Quorum keeps; their descriptions and hashes remain.</p>");
        html.append("<h2>Records destroyed (").append(destroyed.size()).append(")</h2><ul>");
        for (Tombstone t : destroyed) {
            html.append("<li>").append(t.kind().name()).append(' ').append(t.recordId()).append(": ")
                    .append(escape(publicTitle(t))).append(". Class ").append(escape(t.classCode())).append(", rule ")
                    .append(escape(t.ruleCode())).append(". SHA-256: ")
                    .append(t.sha256s().isEmpty() ? "(no file)" : String.join(", ", t.sha256s())).append("</li>");
        }
        html.append("</ul>");
        String title = "Certificate of destruction " + number;
        String language = "fr".equals(municipality.defaultLanguage()) ? "fr-CA" : "en-CA";
        byte[] pdf = RecordPdf.render(title, language, html.toString(), municipality.name() + " \u2014 " + title);
        PadesSigner.Credential credential = keys.municipalCredential(municipality.name() + ", records management");
        byte[] signed = PadesSigner.sign(pdf, credential, title, municipality.name(), at, keys.timeStampAuthority());
        StoredFile file = records.store(signed);
        records.register(file, RecordType.CERTIFICATE, batchId, title, "Executed " + day.format(at.atZone(
                municipality.timeZone())) + "; " + destroyed.size() + " records destroyed", true);
        return file;
    }

    /**
     * A record's name as a public certificate may print it: an agenda revision by its meeting (public), other
     * records by kind and number only (a report's title may concern a closed item).
     */
    private static String publicTitle(Tombstone t) {
        return t.kind() == RecordKind.AGENDA_REVISION ? t.title() : "record " + t.recordId();
    }

    /** A record's description, for the batch and its tombstone. */
    private String title(RecordKind kind, long recordId) {
        return RecordTitles.of(em, kind, recordId);
    }

    private DispositionBatch load(long batchId) {
        String tenant = TenantContext.require();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select status, resolution, approved_by, approved_at from "
                + "disposition_batch where id = ?1 and tenant = ?2 for update").setParameter(1, batchId)
                .setParameter(2, tenant).getResultList();
        if (rows.isEmpty()) {
            throw RuleViolation.because("disposition.noSuchBatch", batchId);
        }
        Object[] b = rows.get(0);
        List<DispositionBatch.Item> items = items(batchId).stream().map(i -> new DispositionBatch.Item(i.id(),
                i.kind(), i.recordId(), i.classCode(), i.ruleCode(), i.eligibleFrom(), i.included(), i.exclusion()))
                .toList();
        return new DispositionBatch(batchId, DispositionBatch.Status.valueOf((String) b[0]), items, (String) b[1],
                (String) b[2], instant(b[3]));
    }

    private void saveItem(DispositionBatch.Item item) {
        em.createNativeQuery("update disposition_item set included = ?1, exclusion = nullif(?2, '') where id = ?3")
                .setParameter(1, item.included()).setParameter(2, item.exclusion() == null ? "" : item.exclusion())
                .setParameter(3, item.id()).executeUpdate();
    }

    private List<ItemView> items(long batchId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, record_type, record_id, title, class_code, rule_code, "
                + "action, eligible_from, included, exclusion from disposition_item where batch_id = ?1 order by "
                + "class_code, record_type, record_id").setParameter(1, batchId).getResultList();
        return rows.stream().map(r -> new ItemView(((Number) r[0]).longValue(), RecordKind.valueOf((String) r[1]),
                ((Number) r[2]).longValue(), (String) r[3], (String) r[4], (String) r[5],
                FinalAction.valueOf((String) r[6]), local(r[7]), (Boolean) r[8], (String) r[9])).toList();
    }

    private BatchView view(String tenant, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select b.as_of, b.status, b.proposed_at, b.proposed_by, "
                + "b.approved_at, b.approved_by, b.resolution, b.executed_at, b.certificate_number, f.sha256 from "
                + "disposition_batch b left join stored_file f on f.id = b.certificate_file_id where b.id = ?1 and "
                + "b.tenant = ?2").setParameter(1, id).setParameter(2, tenant).getResultList();
        if (rows.isEmpty()) {
            throw RuleViolation.because("disposition.noSuchBatch", id);
        }
        Object[] b = rows.get(0);
        return new BatchView(id, local(b[0]), DispositionBatch.Status.valueOf((String) b[1]), instant(b[2]),
                (String) b[3], instant(b[4]), (String) b[5], (String) b[6], instant(b[7]), (String) b[8],
                b[9] == null ? null : ((String) b[9]).strip(), items(id));
    }

    private java.time.ZoneId zone(String tenant) {
        return em.find(Municipality.class, tenant).timeZone();
    }

    private static String escape(String text) {
        return text == null ? "" : org.jsoup.nodes.Entities.escape(text);
    }

    private static LocalDate local(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Timestamp t ? t.toInstant()
                : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
