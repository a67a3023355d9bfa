package ca.quorum.records.application;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Municipality;
import ca.quorum.admin.domain.Roles;
import ca.quorum.documents.domain.StoredFile;
import ca.quorum.documents.infrastructure.FileStore;
import ca.quorum.records.domain.LegalHold;
import ca.quorum.records.domain.RecordKind;
import ca.quorum.records.infrastructure.TransferBag;
import ca.quorum.shared.application.Caller;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.shared.tenant.TenantContext;

/**
 * Transfers to the archives (the final action "transfer" of the retention schedule): the records eligible on a day,
 * not held and not in an open transfer, are packed as a verified BagIt bag ({@link TransferBag}: their files, a
 * Dublin Core row each, PREMIS events), stored, and released to the records manager; when the archives confirm
 * receipt, the records are marked transferred (a PREMIS "transfer" event each in the audit).
 */
@Stateless
@RolesAllowed({Roles.RECORDS_MANAGER, Roles.SYSTEM})
public class Transfers {

    /** A transfer as its page and the API show it. */
    public record TransferView(long id, String status, Instant preparedAt, String preparedBy, String bagSha256,
            int records, Instant confirmedAt, String confirmedBy, String receipt, List<String> titles)
            implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    FileStore files;

    @EJB
    LegalHolds holds;

    @EJB
    AuditLog audit;

    @Resource
    SessionContext session;

    /** Packs the records due for transfer on {@code asOf} (today when null); refused when none is due. */
    public TransferView prepare(LocalDate asOf) {
        String tenant = TenantContext.require();
        Municipality municipality = em.find(Municipality.class, tenant);
        LocalDate today = LocalDate.now(municipality.timeZone());
        LocalDate day = asOf == null ? today : asOf;
        if (day.isAfter(today)) {
            throw RuleViolation.because("disposition.futureDay", day);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("select r.id, r.record_type, r.record_id, r.class_code, "
                + "r.recorded_on from record_retention r join record_class c on c.tenant = r.tenant and c.code = "
                + "r.class_code where r.tenant = ?1 and r.state = 'KEPT' and c.final_action = 'TRANSFER' and "
                + "r.eligible_from <= cast(?2 as date) and r.record_type in ('AGENDA_REVISION', 'STAFF_REPORT') and "
                + "not exists (select 1 from archival_transfer_item i join archival_transfer t on t.id = "
                + "i.transfer_id where i.retention_id = r.id and t.status = 'PREPARED') order by r.record_type, "
                + "r.record_id").setParameter(1, tenant).setParameter(2, day.toString()).getResultList();
        List<Object[]> included = new ArrayList<>();
        for (Object[] d : due) {
            if (holds.holding(RecordKind.valueOf((String) d[1]), ((Number) d[2]).longValue()).isEmpty()) {
                included.add(d);
            }
        }
        if (included.isEmpty()) {
            throw RuleViolation.because("transfer.nothingDue", day);
        }
        Instant now = Instant.now();
        Path work = null;
        try {
            work = Files.createTempDirectory("quorum-transfer");
            TransferBag bag = new TransferBag(Files.createDirectories(work.resolve("bag")));
            List<String> titles = new ArrayList<>();
            for (Object[] d : included) {
                RecordKind kind = RecordKind.valueOf((String) d[1]);
                long id = ((Number) d[2]).longValue();
                String title = title(kind, id);
                titles.add(title);
                for (Object[] f : filesOf(kind, id, work)) {
                    bag.add(new TransferBag.Entry(kind.name() + "-" + id, (String) f[0], (Path) f[1], title,
                            String.valueOf(d[4]), tenant + ":" + kind.name() + ":" + id, "Text", (String) f[2],
                            (String) d[3], (String) f[3]));
                }
            }
            Number transfer = (Number) em.createNativeQuery("select nextval(pg_get_serial_sequence("
                    + "'archival_transfer', 'id'))").getSingleResult();
            String name = tenant + "-transfer-" + transfer;
            bag.build(municipality.name(), name, now); // verified, or it throws and nothing is stored
            Path zip = work.resolve(name + ".zip");
            try (OutputStream out = Files.newOutputStream(zip)) {
                bag.zip(name, out);
            }
            StoredFile stored = files.store(zip, "application/zip");
            String by = Caller.principalOrSystem(session);
            em.createNativeQuery("insert into archival_transfer (id, tenant, status, prepared_at, prepared_by, "
                    + "bag_file_id, bag_sha256, records) overriding system value values (?1, ?2, 'PREPARED', ?3, ?4, "
                    + "?5, ?6, ?7)").setParameter(1, transfer.longValue()).setParameter(2, tenant)
                    .setParameter(3, Timestamp.from(now)).setParameter(4, by).setParameter(5, stored.id())
                    .setParameter(6, stored.sha256()).setParameter(7, included.size()).executeUpdate();
            for (int i = 0; i < included.size(); i++) {
                Object[] d = included.get(i);
                em.createNativeQuery("insert into archival_transfer_item (transfer_id, tenant, retention_id, "
                        + "record_type, record_id, title) values (?1, ?2, ?3, ?4, ?5, ?6)")
                        .setParameter(1, transfer.longValue()).setParameter(2, tenant)
                        .setParameter(3, ((Number) d[0]).longValue()).setParameter(4, (String) d[1])
                        .setParameter(5, ((Number) d[2]).longValue()).setParameter(6, titles.get(i)).executeUpdate();
            }
            audit.record("TransferPrepared", "archival-transfer", transfer.toString(), Map.of("records",
                    included.size(), "bagSha256", stored.sha256()));
            return transfer(transfer.longValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** The archives confirmed receipt: the records are marked transferred. */
    public TransferView confirm(long id, String receipt) {
        String tenant = TenantContext.require();
        TransferView transfer = transfer(id);
        if (!transfer.status().equals("PREPARED")) {
            throw RuleViolation.because("disposition.wrongStatus", transfer.status());
        }
        if (receipt == null || receipt.isBlank()) {
            throw RuleViolation.because("transfer.receipt");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> items = em.createNativeQuery("select record_type, record_id from archival_transfer_item where "
                + "transfer_id = ?1").setParameter(1, id).getResultList();
        for (Object[] item : items) {
            RecordKind kind = RecordKind.valueOf((String) item[0]);
            long recordId = ((Number) item[1]).longValue();
            LegalHold.requireNoneActive(holds.holding(kind, recordId));
            em.createNativeQuery("update record_retention set state = 'TRANSFERRED' where tenant = ?1 and "
                    + "record_type = ?2 and record_id = ?3").setParameter(1, tenant).setParameter(2, kind.name())
                    .setParameter(3, recordId).executeUpdate();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("premis", "transfer"); // PREMIS eventType, id.loc.gov/vocabulary/preservation/eventType/tra
            details.put("transfer", id);
            details.put("receipt", receipt.strip());
            audit.record("RecordTransferred", kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    Long.toString(recordId), details);
        }
        em.createNativeQuery("update archival_transfer set status = 'CONFIRMED', confirmed_at = ?1, confirmed_by = ?2, "
                + "receipt = ?3 where id = ?4 and tenant = ?5").setParameter(1, Timestamp.from(Instant.now()))
                .setParameter(2, Caller.principalOrSystem(session)).setParameter(3, receipt.strip())
                .setParameter(4, id).setParameter(5, tenant).executeUpdate();
        return transfer(id);
    }

    public List<TransferView> transfers() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from archival_transfer where tenant = ?1 order by id desc")
                .setParameter(1, TenantContext.require()).getResultList();
        return ids.stream().map(i -> transfer(i.longValue())).toList();
    }

    public TransferView transfer(long id) {
        String tenant = TenantContext.require();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select status, prepared_at, prepared_by, bag_sha256, records, "
                + "confirmed_at, confirmed_by, receipt from archival_transfer where id = ?1 and tenant = ?2")
                .setParameter(1, id).setParameter(2, tenant).getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException("transfer " + id);
        }
        Object[] r = rows.get(0);
        @SuppressWarnings("unchecked")
        List<String> titles = em.createNativeQuery("select title from archival_transfer_item where transfer_id = ?1 "
                + "order by record_type, record_id").setParameter(1, id).getResultList();
        return new TransferView(id, (String) r[0], instant(r[1]), (String) r[2], ((String) r[3]).strip(),
                ((Number) r[4]).intValue(), instant(r[5]), (String) r[6], (String) r[7], titles);
    }

    /** Streams a transfer's bag (a ZIP). */
    public void writeBag(long id, OutputStream out) throws IOException {
        String tenant = TenantContext.require();
        List<?> found = em.createNativeQuery("select bag_file_id from archival_transfer where id = ?1 and tenant = ?2")
                .setParameter(1, id).setParameter(2, tenant).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("transfer " + id);
        }
        files.copy(em.find(StoredFile.class, ((Number) found.get(0)).longValue()), out);
    }

    /** A record's files for the bag: name, copy on disk, rights, SHA-256. */
    private List<Object[]> filesOf(RecordKind kind, long id, Path work) throws IOException {
        List<Object[]> out = new ArrayList<>();
        switch (kind) {
            case AGENDA_REVISION -> {
                Object[] r = (Object[]) em.createNativeQuery("select public_pdf_id, members_pdf_id from "
                        + "agenda_revision where id = ?1").setParameter(1, id).getSingleResult();
                long publicId = ((Number) r[0]).longValue();
                long membersId = ((Number) r[1]).longValue();
                out.add(file("agenda-public.pdf", publicId, "public", work));
                if (membersId != publicId) {
                    // the complete version has closed items: the archives keep it closed (MFIPPA s.6, s.239)
                    out.add(file("agenda-complete.pdf", membersId, "closed", work));
                }
            }
            case STAFF_REPORT -> {
                Object[] r = (Object[]) em.createNativeQuery("select title, recommendation, body_text from staff_report "
                        + "where id = ?1").setParameter(1, id).getSingleResult();
                Path html = work.resolve("report-" + id + ".html");
                Files.writeString(html, "<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\"><title>"
                        + escape((String) r[0]) + "</title><h1>" + escape((String) r[0]) + "</h1><h2>Recommendation"
                        + "</h2><p>" + escape((String) r[1]) + "</p>" + r[2] + "</html>", StandardCharsets.UTF_8);
                out.add(new Object[] {"report.html", html, "restricted", sha256(html)});
                @SuppressWarnings("unchecked")
                List<Object[]> attachments = em.createNativeQuery("select file_name, file_id from report_attachment "
                        + "where report_id = ?1 order by position").setParameter(1, id).getResultList();
                int n = 0;
                for (Object[] a : attachments) {
                    out.add(file(++n + "-" + a[0], ((Number) a[1]).longValue(), "restricted", work));
                }
            }
            default -> throw RuleViolation.because("disposition.permanentKinds");
        }
        return out;
    }

    private Object[] file(String name, long fileId, String rights, Path work) throws IOException {
        StoredFile stored = em.find(StoredFile.class, fileId);
        Path copy = work.resolve("f" + fileId + "-" + TransferBag.safe(name));
        if (!Files.exists(copy)) {
            files.copy(stored, copy);
        }
        return new Object[] {name, copy, rights, stored.sha256()};
    }

    private String title(RecordKind kind, long id) {
        return RecordTitles.of(em, kind, id);
    }

    private static String sha256(Path file) throws IOException {
        return FileStore.sha256(file);
    }

    private static String escape(String text) {
        return text == null ? "" : org.jsoup.nodes.Entities.escape(text);
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Timestamp t ? t.toInstant()
                : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a scratch directory left behind is removed with the temporary files
        }
    }
}
