package ca.quorum.stack;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Backup, restore and verification of a Quorum database, with nothing but the JDBC driver the application uses (the
 * embedded PostgreSQL binaries have no {@code pg_dump}).
 *
 * <ul>
 * <li>{@code backup <jdbc-url> <user> <password> <dir>}: every table copied out ({@code COPY … TO STDOUT}, binary)
 * inside one repeatable-read, read-only transaction, so that the tables and the manifest are one consistent
 * snapshot of a running installation; {@code tables.txt} lists each table's rows and the SHA-256 of its file;
 * {@code manifest.txt} lists, per municipality, its records by state, its files and bytes, every record's content
 * hash and every stored file's SHA-256.</li>
 * <li>{@code restore <jdbc-url> <user> <password> <dir> <migrations-dir>}: into an empty database: the schema made by
 * the same migrations (to the backup's version), the tables copied in with triggers off (a restore is not a
 * change: held records come back as they were), identity sequences set past their rows, then the manifest computed
 * again from the restored database and compared, line by line.</li>
 * <li>{@code verify <jdbc-url-of-an-empty-scratch-database> <user> <password> <dir> <migrations-dir>}: the files
 * against {@code tables.txt}, then a restore into the scratch database, the manifest compared, and every stored
 * file's chunks hashed against its SHA-256.</li>
 * </ul>
 * Exit status 0 when everything matches; 1 with each difference printed otherwise.
 */
public final class BackupMain {

    private BackupMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: BackupMain backup|restore|verify <jdbc-url> <user> <password> <dir> "
                    + "[<migrations-dir>]");
            System.exit(2);
        }
        String url = args[1];
        String user = args[2];
        String password = args[3];
        Path dir = Path.of(args[4]).toAbsolutePath();
        int status = switch (args[0]) {
            case "backup" -> backup(url, user, password, dir);
            case "restore" -> restore(url, user, password, dir, Path.of(args[5]), false);
            case "verify" -> restore(url, user, password, dir, Path.of(args[5]), true);
            default -> 2;
        };
        System.exit(status);
    }

    static int backup(String url, String user, String password, Path dir) throws Exception {
        Files.createDirectories(dir.resolve("tables"));
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set transaction isolation level repeatable read, read only");
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder tables = new StringBuilder();
            long started = System.nanoTime();
            for (String table : tables(c)) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(
                        dir.resolve("tables").resolve(table + ".copy")), 1 << 20), digest)) {
                    copy.copyOut("COPY (select * from " + quote(table) + ") TO STDOUT (FORMAT binary)", out);
                }
                tables.append(table).append(' ').append(count(c, table)).append(' ')
                        .append(HexFormat.of().formatHex(digest.digest())).append('\n');
            }
            String version = flywayVersion(c);
            List<String> manifest = manifest(c);
            c.commit();
            Files.writeString(dir.resolve("tables.txt"), tables.toString(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("manifest.txt"), "quorum-backup 1\nschema " + version + "\ncreated "
                    + Instant.now() + "\n" + String.join("\n", manifest) + "\n", StandardCharsets.UTF_8);
            System.out.println("backup: " + tables.toString().lines().count() + " tables, " + summary(manifest)
                    + " in " + (System.nanoTime() - started) / 1_000_000 + " ms to " + dir);
            return 0;
        }
    }

    static int restore(String url, String user, String password, Path dir, Path migrations, boolean verifyOnly)
            throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, String[]> listed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("tables.txt"))) {
            String[] p = line.split(" ");
            listed.put(p[0], p);
            try (InputStream in = new DigestInputStream(Files.newInputStream(dir.resolve("tables").resolve(p[0]
                    + ".copy")), MessageDigest.getInstance("SHA-256"))) {
                in.transferTo(OutputStream.nullOutputStream());
                String actual = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
                if (!actual.equals(p[2])) {
                    problems.add("table file " + p[0] + ": SHA-256 " + actual + ", the backup says " + p[2]);
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.out.println("backup: " + p));
            return 1;
        }
        List<String> expected = Files.readAllLines(dir.resolve("manifest.txt"));
        String version = expected.get(1).substring("schema ".length());
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            if (!tables(c).isEmpty()) {
                System.out.println("restore: the database is not empty; restore into an empty installation");
                return 1;
            }
            Flyway.configure().dataSource(url, user, password).locations("filesystem:" + migrations)
                    .target(version).failOnMissingLocations(true).load().migrate();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set session_replication_role = replica"); // no triggers, no foreign-key checks
                s.execute("truncate " + String.join(", ", tables(c).stream().map(BackupMain::quote).toList())
                        + " cascade");
            }
            if (!tables(c).equals(new ArrayList<>(listed.keySet()))) {
                System.out.println("restore: the backup's tables " + listed.keySet() + " are not this schema's "
                        + tables(c));
                return 1;
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : listed.keySet()) {
                try (InputStream in = Files.newInputStream(dir.resolve("tables").resolve(table + ".copy"))) {
                    copy.copyIn("COPY " + quote(table) + " FROM STDIN (FORMAT binary)", in);
                }
                long rows = count(c, table);
                if (rows != Long.parseLong(listed.get(table)[1])) {
                    problems.add("table " + table + ": " + rows + " rows restored, the backup says " + listed.get(table)[1]);
                }
            }
            resetSequences(c);
            try (Statement s = c.createStatement()) {
                s.execute("set session_replication_role = origin");
            }
            c.commit();
            c.setAutoCommit(true);
            List<String> actual = manifest(c);
            compare(expected.subList(3, expected.size()), actual, problems);
            if (verifyOnly) {
                problems.addAll(fixity(c));
            }
            String what = verifyOnly ? "verify-backup" : "restore";
            if (problems.isEmpty()) {
                System.out.println(what + ": " + listed.size() + " tables, " + summary(actual) + ", manifest equal"
                        + (verifyOnly ? ", every stored file matches its SHA-256" : "") + " ("
                        + (System.nanoTime() - started) / 1_000_000 + " ms)");
                return 0;
            }
            problems.stream().limit(50).forEach(p -> System.out.println(what + ": " + p));
            System.out.println(what + ": " + problems.size() + " difference(s)");
            return 1;
        }
    }

    /**
     * Per municipality: records by state, stored files and bytes; then every record with its state and a hash of its
     * content (its text and its files' SHA-256), and every stored file with its SHA-256, size and whether it was purged.
     */
    static List<String> manifest(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>();
        Map<String, long[]> totals = new TreeMap<>(); // kept, destroyed, transferred, files, bytes
        List<String> records = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select r.tenant, r.record_type, "
                + "r.record_id, r.state, encode(sha256(convert_to(coalesce(case r.record_type "
                + "when 'AGENDA_REVISION' then (select a.snapshot || '|' || coalesce(a.destroyed_under, '') || '|' || "
                + "p.sha256 || '|' || m.sha256 from agenda_revision a join stored_file p on p.id = a.public_pdf_id join "
                + "stored_file m on m.id = a.members_pdf_id where a.id = r.record_id) "
                + "when 'STAFF_REPORT' then (select x.title || '|' || x.recommendation || '|' || x.body_text || '|' || "
                + "coalesce((select string_agg(f.sha256, ',' order by t.position) from report_attachment t join "
                + "stored_file f on f.id = t.file_id where t.report_id = x.id), '') from staff_report x where x.id = "
                + "r.record_id) "
                + "when 'MINUTES' then (select x.html || '|' || x.status || '|' || coalesce(f.sha256, '') from minutes x "
                + "left join stored_file f on f.id = x.pdf_id where x.id = r.record_id) "
                + "when 'BYLAW' then (select x.number || '|' || x.html || '|' || f.sha256 from bylaw x join stored_file f "
                + "on f.id = x.pdf_id where x.id = r.record_id) "
                + "when 'MEETING_LOG' then (select string_agg(e.seq || ':' || e.type || ':' || e.payload, '|' order by "
                + "e.seq) from meeting_event e where e.meeting_id = r.record_id) || '#' || coalesce((select "
                + "string_agg(b.vote_no || ':' || b.member_id || ':' || b.choice, ',' order by b.vote_no, b.member_id) "
                + "from ballot b where b.meeting_id = r.record_id), '') end, ''), 'UTF8')), 'hex') from "
                + "record_retention r "
                + "order by r.tenant, r.record_type, r.record_id")) {
            while (r.next()) {
                long[] t = totals.computeIfAbsent(r.getString(1), k -> new long[5]);
                t["KEPT".equals(r.getString(4)) ? 0 : "DESTROYED".equals(r.getString(4)) ? 1 : 2]++;
                records.add("record " + r.getString(1) + " " + r.getString(2) + " " + r.getLong(3) + " "
                        + r.getString(4) + " " + r.getString(5));
            }
        }
        List<String> files = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select tenant, sha256, size, purged_at "
                + "is not null from stored_file order by tenant, sha256")) {
            while (r.next()) {
                long[] t = totals.computeIfAbsent(r.getString(1), k -> new long[5]);
                if (!r.getBoolean(4)) {
                    t[3]++;
                    t[4] += r.getLong(3);
                }
                files.add("file " + r.getString(1) + " " + r.getString(2) + " " + r.getLong(3)
                        + (r.getBoolean(4) ? " purged" : ""));
            }
        }
        totals.forEach((tenant, t) -> lines.add("municipality " + tenant + " kept=" + t[0] + " destroyed=" + t[1]
                + " transferred=" + t[2] + " files=" + t[3] + " bytes=" + t[4]));
        lines.addAll(records);
        lines.addAll(files);
        return lines;
    }

    /**
     * Every stored file that was not purged, its chunks hashed in order against its SHA-256 and size: by PostgreSQL
     * for files up to 256 MiB (one file's chunks at a time), streamed here for larger ones.
     */
    static List<String> fixity(Connection c) throws Exception {
        List<String> problems = new ArrayList<>();
        c.setAutoCommit(false); // cursors: rows stream, they are never all in memory
        try (PreparedStatement s = c.prepareStatement("select f.id, f.sha256, f.size, h.digest, h.length from "
                + "stored_file f cross join lateral (select encode(sha256(string_agg(k.data, ''::bytea order by "
                + "k.seq)), 'hex') digest, coalesce(sum(length(k.data)), 0) length from stored_file_chunk k where "
                + "k.file_id = f.id) h where f.purged_at is null and f.size <= 268435456 order by f.id")) {
            s.setFetchSize(500);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (!String.valueOf(r.getString(4)).equals(r.getString(2)) || r.getLong(5) != r.getLong(3)) {
                        problems.add("stored file " + r.getLong(1) + ": " + r.getString(4) + " (" + r.getLong(5)
                                + " bytes), stored as " + r.getString(2) + " (" + r.getLong(3) + " bytes)");
                    }
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("select f.id, f.sha256, f.size, k.data from stored_file f left "
                + "join stored_file_chunk k on k.file_id = f.id where f.purged_at is null and f.size > 268435456 "
                + "order by f.id, k.seq")) {
            s.setFetchSize(16);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long current = -1;
            String expected = null;
            long size = 0;
            long expectedSize = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (r.getLong(1) != current) {
                        check(current, expected, expectedSize, digest, size, problems);
                        current = r.getLong(1);
                        expected = r.getString(2);
                        expectedSize = r.getLong(3);
                        size = 0;
                    }
                    byte[] data = r.getBytes(4);
                    if (data != null) {
                        digest.update(data);
                        size += data.length;
                    }
                }
            }
            check(current, expected, expectedSize, digest, size, problems);
        }
        c.commit();
        return problems;
    }

    private static void check(long file, String expected, long expectedSize, MessageDigest digest, long size,
            List<String> problems) {
        if (file < 0) {
            return;
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(expected) || size != expectedSize) {
            problems.add("stored file " + file + ": " + actual + " (" + size + " bytes), stored as " + expected + " ("
                    + expectedSize + " bytes)");
        }
    }

    private static void compare(List<String> expected, List<String> actual, List<String> problems) {
        java.util.Set<String> restored = new java.util.HashSet<>(actual);
        java.util.Set<String> backedUp = new java.util.HashSet<>(expected);
        expected.stream().filter(l -> !restored.contains(l)).forEach(l -> problems.add("missing after restore: " + l));
        actual.stream().filter(l -> !backedUp.contains(l)).forEach(l -> problems.add("not in the backup: " + l));
    }

    private static String summary(List<String> manifest) {
        return String.join("; ", manifest.stream().filter(l -> l.startsWith("municipality ")).map(l -> l.substring(13))
                .toList());
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select tablename from pg_tables where "
                + "schemaname = 'public' order by tablename")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        return tables;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from " + quote(table))) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String flywayVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select version from "
                + "flyway_schema_history where success and version is not null order by installed_rank desc limit 1")) {
            return r.next() ? r.getString(1) : "0";
        }
    }

    /** Identity columns continue after the restored rows. */
    private static void resetSequences(Connection c) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select table_name, column_name from "
                + "information_schema.columns where table_schema = 'public' and is_identity = 'YES'")) {
            while (r.next()) {
                columns.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        for (String[] col : columns) {
            try (Statement s = c.createStatement()) {
                s.execute("select setval(pg_get_serial_sequence('" + quote(col[0]) + "', '" + col[1] + "'), "
                        + "coalesce((select max(" + quote(col[1]) + ") from " + quote(col[0]) + "), 0) + 1, false)");
            }
        }
    }

    private static String quote(String identifier) {
        if (!identifier.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unexpected name " + identifier);
        }
        return "\"" + identifier + "\"";
    }
}
