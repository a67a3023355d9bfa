package ca.quorum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class SearchConnectionTest {

    @Test
    void anUnreachableEngineIsReportedNotThrown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (SearchConnection connection = SearchConnection.open(URI.create("http://127.0.0.1:" + closedPort),
                Duration.ofMillis(500), Duration.ofSeconds(1))) {
            long start = System.nanoTime();
            SearchHealth health = connection.health();
            assertFalse(health.up());
            assertEquals("unreachable", health.status());
            assertTrue(health.detail().contains("127.0.0.1:" + closedPort), health.detail());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(), "bounded by the timeouts");
        }
    }

    @Test
    void onlyHttpAddressesAreAccepted() {
        assertThrows(IllegalArgumentException.class,
                () -> SearchConnection.open(URI.create("ftp://x"), Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }
}
