package ca.quorum.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The running server's database, as an operator (or an intruder) reaches it: for checks the API cannot make. */
final class Database {

    private Database() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getenv().getOrDefault("QUORUM_DB_URL",
                "jdbc:postgresql://127.0.0.1:15432/quorum"), System.getenv().getOrDefault("QUORUM_DB_USER", "postgres"),
                System.getenv().getOrDefault("QUORUM_DB_PASSWORD", "postgres"));
    }
}
