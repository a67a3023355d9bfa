package ca.quorum.shared.infrastructure;

import java.net.URI;
import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import ca.quorum.search.SearchConnection;
import ca.quorum.search.SearchHealth;

/**
 * The application's one connection to Elasticsearch, at {@code QUORUM_ES_URL}. Timeouts are short so that a stopped
 * search engine never holds a request or a transaction.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchEngine {

    public static final String DEFAULT_URL = "http://127.0.0.1:19200";

    private SearchConnection connection;

    @PostConstruct
    void open() {
        URI address = URI.create(Configuration.get("QUORUM_ES_URL", DEFAULT_URL));
        connection = SearchConnection.open(address, Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    public SearchConnection connection() {
        return connection;
    }

    public SearchHealth health() {
        return connection.health();
    }

    @PreDestroy
    void close() {
        connection.close();
    }
}
