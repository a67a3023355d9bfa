package ca.quorum.records.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Roles;
import ca.quorum.shared.application.Caller;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.tenant.TenantContext;

/**
 * Fixity (ISO 14721 OAIS, "fixity information"; PREMIS event "fixity check"): every stored file of the current
 * municipality is read back and hashed again (by PostgreSQL, where the chunks are, for files up to 256 MiB; larger
 * ones streamed here chunk by chunk); a file whose SHA-256
 * or size is not the one it was stored under, or whose chunks are missing, is a finding, kept with the records that
 * use the file and audited (files destroyed under a certificate are skipped: they have no content to check). Runs on
 * a schedule ({@link FixitySchedule}) and when the records manager asks.
 */
@Stateless
@RolesAllowed({Roles.RECORDS_MANAGER, Roles.SYSTEM})
public class FixityCheck {

    /** A file whose content is not what it was stored as. */
    public record Finding(long fileId, String expected, String actual, long expectedSize, long actualSize,
            String records) implements java.io.Serializable {
    }

    /** One run: when, how much it read, and what it found. */
    public record Run(long id, Instant startedAt, Instant finishedAt, int files, long bytes, int mismatches,
            String startedBy, List<Finding> findings) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/QuorumDS")
    DataSource dataSource;

    @EJB
    AuditLog audit;

    @Resource
    SessionContext session;

    /**
     * Files up to this size are hashed where they are stored, by PostgreSQL (its SHA-256 with the CPU's SHA
     * instructions, one file's chunks at a time, nothing sent over the wire but the digest); larger ones are streamed
     * here chunk by chunk, never whole in memory.
     */
    static final long HASHED_IN_DATABASE_UP_TO = 256L << 20;

    /**
     * Re-hashes every stored file of the municipality; returns the run with its findings. A large store takes a while
     * (see docs/BENCHMARKS.md): the transaction may last up to four hours.
     */
    @org.jboss.ejb3.annotation.TransactionTimeout(value = 4, unit = java.util.concurrent.TimeUnit.HOURS)
    public Run run() {
        String tenant = TenantContext.require();
        Instant started = Instant.now();
        List<Finding> findings = new ArrayList<>();
        int files = 0;
        long bytes = 0;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select f.id, f.sha256, f.size, h.digest, h.length from "
                    + "stored_file f cross join lateral (select encode(sha256(string_agg(k.data, ''::bytea order by "
                    + "k.seq)), 'hex') digest, coalesce(sum(length(k.data)), 0) length from stored_file_chunk k where "
                    + "k.file_id = f.id) h where f.tenant = ? and f.purged_at is null and f.size <= ? order by f.id")) {
                s.setString(1, tenant);
                s.setLong(2, HASHED_IN_DATABASE_UP_TO);
                s.setFetchSize(500);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        files++;
                        bytes += r.getLong(5);
                        String actual = r.getString(4) == null ? EMPTY : r.getString(4);
                        if (!actual.equals(r.getString(2)) || r.getLong(5) != r.getLong(3)) {
                            findings.add(new Finding(r.getLong(1), r.getString(2), actual, r.getLong(3), r.getLong(5),
                                    ""));
                        }
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("select f.id, f.sha256, f.size, k.data from stored_file f "
                    + "left join stored_file_chunk k on k.file_id = f.id where f.tenant = ? and f.purged_at is null "
                    + "and f.size > ? order by f.id, k.seq")) {
                s.setString(1, tenant);
                s.setLong(2, HASHED_IN_DATABASE_UP_TO);
                s.setFetchSize(16); // 16 chunks of 1 MiB at a time
                MessageDigest digest = sha256();
                long current = -1;
                String expected = null;
                long expectedSize = 0;
                long size = 0;
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long id = r.getLong(1);
                        if (id != current) {
                            if (current != -1) {
                                check(current, expected, expectedSize, digest, size, findings);
                            }
                            current = id;
                            expected = r.getString(2);
                            expectedSize = r.getLong(3);
                            size = 0;
                            files++;
                        }
                        byte[] data = r.getBytes(4);
                        if (data != null) {
                            digest.update(data);
                            size += data.length;
                            bytes += data.length;
                        }
                    }
                }
                if (current != -1) {
                    check(current, expected, expectedSize, digest, size, findings);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the fixity check could not read the file store", e);
        }
        Instant finished = Instant.now();
        String by = Caller.principalOrSystem(session);
        Number run = (Number) em.createNativeQuery("insert into fixity_run (tenant, started_at, finished_at, files, "
                + "bytes, mismatches, started_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) returning id")
                .setParameter(1, tenant).setParameter(2, Timestamp.from(started))
                .setParameter(3, Timestamp.from(finished)).setParameter(4, files).setParameter(5, bytes)
                .setParameter(6, findings.size()).setParameter(7, by).getSingleResult();
        List<Finding> described = new ArrayList<>();
        for (Finding f : findings) {
            Finding finding = new Finding(f.fileId(), f.expected(), f.actual(), f.expectedSize(), f.actualSize(),
                    recordsUsing(f.fileId()));
            described.add(finding);
            em.createNativeQuery("insert into fixity_finding (run_id, tenant, file_id, expected, actual, "
                    + "expected_size, actual_size, records) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, run.longValue()).setParameter(2, tenant).setParameter(3, finding.fileId())
                    .setParameter(4, finding.expected()).setParameter(5, finding.actual())
                    .setParameter(6, finding.expectedSize()).setParameter(7, finding.actualSize())
                    .setParameter(8, finding.records()).executeUpdate();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("premis", "fixity check"); // PREMIS eventType, id.loc.gov/vocabulary/preservation/eventType/fix
            details.put("outcome", "fail");
            details.put("run", run.longValue());
            details.put("expected", finding.expected());
            details.put("actual", finding.actual());
            details.put("records", finding.records());
            audit.record("FixityMismatch", "stored-file", Long.toString(finding.fileId()), details);
        }
        audit.record("FixityChecked", "fixity-run", run.toString(), Map.of("premis", "fixity check", "files", files,
                "bytes", bytes, "mismatches", findings.size()));
        return new Run(run.longValue(), started, finished, files, bytes, findings.size(), by, described);
    }

    /** The latest run with its findings; empty when none has run. */
    public java.util.Optional<Run> latest() {
        String tenant = TenantContext.require();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, started_at, finished_at, files, bytes, mismatches, "
                + "started_by from fixity_run where tenant = ?1 order by started_at desc, id desc limit 1")
                .setParameter(1, tenant).getResultList();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        Object[] r = rows.get(0);
        long id = ((Number) r[0]).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select file_id, expected, actual, expected_size, actual_size, "
                + "records from fixity_finding where run_id = ?1 order by id").setParameter(1, id).getResultList();
        List<Finding> findings = found.stream().map(f -> new Finding(((Number) f[0]).longValue(), (String) f[1],
                (String) f[2], ((Number) f[3]).longValue(), ((Number) f[4]).longValue(), (String) f[5])).toList();
        return java.util.Optional.of(new Run(id, instant(r[1]), instant(r[2]), ((Number) r[3]).intValue(),
                ((Number) r[4]).longValue(), ((Number) r[5]).intValue(), (String) r[6], findings));
    }

    /** The SHA-256 of nothing: a file whose chunks are all missing. */
    static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static void check(long file, String expected, long expectedSize, MessageDigest digest, long size,
            List<Finding> findings) {
        String actual = HexFormat.of().formatHex(digest.digest()); // digest() also resets it for the next file
        if (!actual.equals(expected) || size != expectedSize) {
            findings.add(new Finding(file, expected, actual, expectedSize, size, ""));
        }
    }

    /** The records that use a stored file, as "AGENDA_REVISION 12, MINUTES 4" (the file's id when none does). */
    private String recordsUsing(long file) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select 'AGENDA_REVISION ' || id from agenda_revision where "
                + "public_pdf_id = ?1 or members_pdf_id = ?1 union all select 'STAFF_REPORT ' || report_id from "
                + "report_attachment where file_id = ?1 union all select 'MINUTES ' || id from minutes where pdf_id = ?1 "
                + "union all select 'BYLAW ' || id from bylaw where pdf_id = ?1 union all select 'PACKET ' || id from "
                + "agenda_packet where public_file_id = ?1 or members_file_id = ?1 union all select record_type || ' ' "
                + "|| record_id || ' (signed copy)' from record_signature where file_id = ?1")
                .setParameter(1, file).getResultList();
        String records = String.join(", ", rows.stream().map(Object::toString).distinct().toList());
        return records.isEmpty() ? "stored file " + file + " (no record uses it)"
                : records.length() > 1000 ? records.substring(0, 997) + "..." : records;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Timestamp t ? t.toInstant()
                : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
