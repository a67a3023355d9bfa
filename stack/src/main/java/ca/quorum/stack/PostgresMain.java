package ca.quorum.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a real PostgreSQL server from the binaries packaged in Maven jars and keeps it until the process is
 * stopped.
 *
 * <p>Usage: {@code PostgresMain <data-dir> <port (0 = any free port)> <port-file> <database>}. The data directory
 * is kept between runs; the database is created when missing, owned by user {@code postgres}. The port is written
 * to the port file once the server accepts connections; SIGTERM stops the server cleanly.
 */
public final class PostgresMain {

    private PostgresMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: PostgresMain <data-dir> <port> <port-file> <database>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Path portFile = Path.of(args[2]).toAbsolutePath();
        String database = args[3];
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and underscores");
        }
        Files.deleteIfExists(portFile);
        Files.createDirectories(dataDir);

        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("postgres: stop failed: " + e);
            } finally {
                stopped.countDown();
            }
        }, "postgres-shutdown"));

        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + database);
                }
            }
        }
        Path tmp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
        Files.writeString(tmp, Integer.toString(postgres.getPort()));
        Files.move(tmp, portFile, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("postgres: listening on 127.0.0.1:" + postgres.getPort() + ", database " + database);
        stopped.await();
    }
}
