package ca.quorum.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Loads the fixity benchmark's files: {@code count} files of random bytes (150 to 270 KB, about 2.1 GB for 10,000)
 * stored in a municipality's file store as the application stores them (one row, 1 MiB chunks), and the same bytes
 * written to {@code out-dir} for {@code sha256sum}.
 *
 * <p>Usage: {@code FixityBenchLoad <jdbc-url> <user> <password> <municipality> <count> <out-dir>}
 */
public final class FixityBenchLoad {

    private static final int CHUNK = 1 << 20;

    private FixityBenchLoad() {
    }

    public static void main(String[] args) throws Exception {
        String tenant = args[3];
        int count = Integer.parseInt(args[4]);
        Path out = Files.createDirectories(Path.of(args[5]));
        SplittableRandom random = new SplittableRandom(20261203L);
        long bytes = 0;
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setAutoCommit(false);
            try (PreparedStatement file = c.prepareStatement("insert into stored_file (tenant, sha256, size, media_type, "
                    + "created_at) values (?, ?, ?, 'application/octet-stream', ?) returning id");
                    PreparedStatement chunk = c.prepareStatement("insert into stored_file_chunk (file_id, seq, data) "
                            + "values (?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    byte[] data = new byte[150_000 + random.nextInt(120_001)];
                    random.nextBytes(data);
                    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
                    Files.write(out.resolve(String.format("%05d.bin", i)), data);
                    file.setString(1, tenant);
                    file.setString(2, sha);
                    file.setLong(3, data.length);
                    file.setTimestamp(4, Timestamp.from(Instant.now()));
                    long id;
                    try (ResultSet r = file.executeQuery()) {
                        r.next();
                        id = r.getLong(1);
                    }
                    for (int seq = 0, from = 0; from < data.length; seq++, from += CHUNK) {
                        chunk.setLong(1, id);
                        chunk.setInt(2, seq);
                        chunk.setBytes(3, java.util.Arrays.copyOfRange(data, from, Math.min(data.length, from + CHUNK)));
                        chunk.addBatch();
                    }
                    if (i % 100 == 99) {
                        chunk.executeBatch();
                        c.commit();
                    }
                    bytes += data.length;
                }
                chunk.executeBatch();
                c.commit();
            }
        }
        System.out.println("loaded " + count + " files, " + bytes + " bytes");
    }
}
