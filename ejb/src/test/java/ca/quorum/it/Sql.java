package ca.quorum.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import ca.quorum.shared.audit.domain.AuditChain;
import ca.quorum.shared.audit.domain.AuditRecord;
import ca.quorum.shared.audit.domain.AuditSeal;
import ca.quorum.shared.audit.domain.ChainVerification;
import ca.quorum.shared.audit.infrastructure.AuditVerifyMain;
import ca.quorum.shared.infrastructure.ServerKey;

/** Plain SQL against the application's database, as an intruder or an operator would use it. */
@Stateless
public class Sql {

    @Resource(lookup = "java:jboss/datasources/QuorumDS")
    DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** What {@code ./quorum verify-audit} reports for one municipality, given the server's key. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ChainVerification verifyFromOutside(String tenant) {
        return verifyFromOutside(tenant, ServerKey.derived(AuditSeal.KEY_LABEL));
    }

    /** What {@code ./quorum verify-audit} reports without the key (hashes, links and published anchors only). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ChainVerification verifyFromOutsideWithoutKey(String tenant) {
        return verifyFromOutside(tenant, null);
    }

    private ChainVerification verifyFromOutside(String tenant, byte[] key) {
        try (Connection c = dataSource.getConnection()) {
            return AuditVerifyMain.verify(c, tenant, key);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An intruder with the database but not the key rewrites history: changes the actor of entry {@code from},
     * recomputes the hash of every entry from there on and the head (and, when {@code anchorsToo}, the anchors'
     * hashes), so that every hash and link matches again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void rewriteChain(String tenant, long from, String actor, boolean anchorsToo) {
        try (Connection c = dataSource.getConnection()) {
            update(c, "update audit_entry set actor = ? where tenant = ? and seq = ?", actor, tenant, from);
            String previous = AuditChain.GENESIS;
            long last = 0;
            try (PreparedStatement s = c.prepareStatement("select tenant, seq, occurred_at, actor, action, "
                    + "subject_type, subject_id, details, hash from audit_entry where tenant = ? order by seq")) {
                s.setString(1, tenant);
                java.util.List<Object[]> rows = new java.util.ArrayList<>();
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {new AuditRecord(rs.getString(1), rs.getLong(2),
                                rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getString(7), rs.getString(8)), rs.getString(9)});
                    }
                }
                for (Object[] row : rows) {
                    AuditRecord record = (AuditRecord) row[0];
                    String hash = AuditChain.hash(previous, record);
                    update(c, "update audit_entry set prev_hash = ?, hash = ? where tenant = ? and seq = ?", previous,
                            hash, tenant, record.sequence());
                    if (anchorsToo) {
                        update(c, "update audit_anchor set hash = ? where tenant = ? and seq = ?", hash, tenant,
                                record.sequence());
                    }
                    previous = hash;
                    last = record.sequence();
                }
            }
            update(c, "update audit_head set seq = ?, hash = ? where tenant = ?", last, previous, tenant);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    /** The first column of the first row, as a number: {@code select count(*) ...}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long number(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The first column of the first row, as bytes. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public byte[] bytes(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (var rows = s.executeQuery()) {
                return rows.next() ? rows.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The first column of the first row, as text. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String text(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (var rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public <T> T withConnection(Function<Connection, T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
