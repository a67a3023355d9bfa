package ca.quorum.shared.audit.infrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import ca.quorum.shared.audit.domain.AuditChain;
import ca.quorum.shared.audit.domain.AuditRecord;
import ca.quorum.shared.audit.domain.AuditSeal;
import ca.quorum.shared.audit.domain.ChainVerification;
import ca.quorum.shared.infrastructure.Configuration;
import ca.quorum.shared.infrastructure.ServerKey;

/**
 * {@code ./quorum verify-audit}: verifies the audit chains straight from the database, without the application
 * server, with the same rules as the administrator's page: every entry's hash and link, the head, the published daily
 * anchors and, with the server's key ({@code QUORUM_SECRET_KEY}, or the key file named by
 * {@code QUORUM_SECRET_KEY_FILE}), the seals that a rewrite of the database alone cannot forge. Exit status 0 when
 * every chain is intact, 1 otherwise.
 *
 * <p>Arguments: {@code <jdbc-url> <user> <password> [municipality]}.
 */
public final class AuditVerifyMain {

    private AuditVerifyMain() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 3) {
            System.err.println("usage: AuditVerifyMain <jdbc-url> <user> <password> [municipality]");
            System.exit(2);
        }
        boolean allIntact = true;
        byte[] key = key();
        if (key == null) {
            System.out.println("no key (QUORUM_SECRET_KEY or QUORUM_SECRET_KEY_FILE): the seals are not checked, only "
                    + "the hashes, links and published anchors");
        }
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            List<String> tenants = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "select slug from municipality where ?::text is null or slug = ? order by slug")) {
                String only = args.length > 3 ? args[3] : null;
                s.setString(1, only);
                s.setString(2, only);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        tenants.add(rs.getString(1));
                    }
                }
            }
            if (tenants.isEmpty()) {
                System.out.println("no municipality" + (args.length > 3 ? " named " + args[3] : ""));
                System.exit(1);
            }
            for (String tenant : tenants) {
                ChainVerification result = verify(c, tenant, key);
                allIntact &= result.intact();
                System.out.println(tenant + ": " + result.summary() + (key != null && result.intact()
                        ? ", sealed" : ""));
            }
            c.rollback();
        }
        System.exit(allIntact ? 0 : 1);
    }

    /** The audit's sealing key, derived from the server's key; null when none is given. */
    static byte[] key() {
        java.util.Optional<String> configured = Configuration.get("QUORUM_SECRET_KEY");
        java.util.Optional<String> file = Configuration.get("QUORUM_SECRET_KEY_FILE");
        java.util.Optional<byte[]> master = configured.isPresent()
                ? ServerKey.load(configured, java.nio.file.Path.of("none"), false)
                : file.isEmpty() ? java.util.Optional.empty()
                : ServerKey.load(java.util.Optional.empty(), java.nio.file.Path.of(file.get()), false);
        return master.map(m -> ServerKey.derive(m, AuditSeal.KEY_LABEL)).orElse(null);
    }

    /** Verifies one municipality's chain inside the caller's (read-only) transaction; seals too when given a key. */
    public static ChainVerification verify(Connection c, String tenant, byte[] key) throws SQLException {
        AuditChain.Head head = AuditChain.Head.EMPTY;
        String seal = null;
        try (PreparedStatement s = c.prepareStatement("select seq, hash, seal from audit_head where tenant = ?")) {
            s.setString(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    head = new AuditChain.Head(rs.getLong(1), rs.getString(2));
                    seal = rs.getString(3);
                }
            }
        }
        List<AuditChain.Anchor> anchors = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select day, seq, hash, seal from audit_anchor where tenant = ? "
                + "order by day")) {
            s.setString(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    anchors.add(new AuditChain.Anchor(rs.getDate(1).toLocalDate(), rs.getLong(2),
                            rs.getString(3).strip(), rs.getString(4).strip()));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("select tenant, seq, occurred_at, actor, action, subject_type, "
                + "subject_id, details, prev_hash, hash from audit_entry where tenant = ? order by seq, id")) {
            s.setFetchSize(1000);
            s.setString(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                return AuditChain.verify(rows(rs), head, tenant, seal, anchors, key);
            }
        }
    }

    private static Iterator<AuditChain.StoredEntry> rows(ResultSet rs) {
        return new Iterator<>() {
            private Boolean ready;

            @Override
            public boolean hasNext() {
                if (ready == null) {
                    try {
                        ready = rs.next();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return ready;
            }

            @Override
            public AuditChain.StoredEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = null;
                try {
                    AuditRecord record = new AuditRecord(rs.getString(1), rs.getLong(2),
                            rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8));
                    return new AuditChain.StoredEntry(record, rs.getString(9), rs.getString(10));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}
