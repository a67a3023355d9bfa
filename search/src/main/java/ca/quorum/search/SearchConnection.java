package ca.quorum.search;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.core5.util.Timeout;

/**
 * One connection to an Elasticsearch cluster, with bounded timeouts so that a stopped node can never hang a
 * caller (or a transaction) for longer than the configured response timeout.
 */
public final class SearchConnection implements AutoCloseable {

    private final URI address;
    private final Rest5Client restClient;
    private final ElasticsearchClient client;

    private SearchConnection(URI address, Rest5Client restClient) {
        this.address = address;
        this.restClient = restClient;
        this.client = new ElasticsearchClient(new Rest5ClientTransport(restClient, new Jackson3JsonpMapper()));
    }

    /**
     * Opens a connection; nothing is sent until the first request.
     *
     * @param address         for example {@code http://127.0.0.1:9200}
     * @param connectTimeout  how long to wait for a TCP connection
     * @param responseTimeout how long to wait for an answer
     */
    public static SearchConnection open(URI address, Duration connectTimeout, Duration responseTimeout) {
        Objects.requireNonNull(address, "address");
        if (!"http".equals(address.getScheme()) && !"https".equals(address.getScheme())) {
            throw new IllegalArgumentException("search address must be http(s)://host:port, not " + address);
        }
        Rest5Client rest = Rest5Client.builder(address)
                .setConnectionConfigCallback(c -> c.setConnectTimeout(Timeout.of(connectTimeout)))
                .setRequestConfigCallback(r -> r.setResponseTimeout(Timeout.of(responseTimeout))
                        .setConnectionRequestTimeout(Timeout.of(connectTimeout)))
                .build();
        return new SearchConnection(address, rest);
    }

    public URI address() {
        return address;
    }

    public ElasticsearchClient client() {
        return client;
    }

    /** Asks the cluster for its health; never throws. */
    public SearchHealth health() {
        try {
            HealthResponse health = client.cluster().health();
            HealthStatus status = health.status();
            boolean up = status == HealthStatus.Green || status == HealthStatus.Yellow;
            return new SearchHealth(up, status.jsonValue(),
                    health.numberOfNodes() + " node(s), cluster " + health.clusterName());
        } catch (IOException | RuntimeException e) {
            return SearchHealth.unreachable(address + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    @Override
    public void close() {
        try {
            restClient.close();
        } catch (IOException e) {
            // closing a pool of idle connections; nothing left to do
        }
    }
}
