package ca.quorum.web.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class TransportTest {

    @Test
    void plainHttpIsSentToHttpsWhenHttpsIsRequired() {
        assertEquals(Optional.of("https://quorum.example.ca/m/lakeview-harbour/search?q=salt"), Transport.redirect(
                false, true, "quorum.example.ca", 443, "/m/lakeview-harbour/search", "q=salt"));
        assertEquals(Optional.of("https://quorum.example.ca:8443/"), Transport.redirect(false, true,
                "quorum.example.ca:8080", 8443, "/", null));
        assertEquals(Optional.of("https://[::1]:8443/api"), Transport.redirect(false, true, "[::1]:8080", 8443,
                "/api", ""));
    }

    @Test
    void nothingMovesWhenTheRequestIsSecureOrHttpsIsNotRequired() {
        assertEquals(Optional.empty(), Transport.redirect(true, true, "quorum.example.ca", 443, "/", null));
        assertEquals(Optional.empty(), Transport.redirect(false, false, "quorum.example.ca", 443, "/", null));
    }

    @Test
    void healthStaysOnPlainHttpForMonitorsAndOddHostsAreNotEchoed() {
        assertEquals(Optional.empty(), Transport.redirect(false, true, "quorum.example.ca", 443, "/health", null));
        assertEquals(Optional.empty(), Transport.redirect(false, true, "evil.example/x?", 443, "/", null));
        assertEquals(Optional.empty(), Transport.redirect(false, true, null, 443, "/", null));
    }
}
