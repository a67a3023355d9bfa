package ca.quorum.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("10.0.0.5");

    @Test
    void theTrustedProxySaysWhoTheClientIsAndWhetherItUsedTls() {
        assertEquals("203.0.113.9", ClientAddress.of("10.0.0.5", "198.51.100.1, 203.0.113.9", PROXY));
        assertTrue(ClientAddress.secure(false, "10.0.0.5", "https", PROXY));
        assertTrue(ClientAddress.secure(false, "10.0.0.5", "http, https", PROXY), "the proxy's own hop counts");
        assertFalse(ClientAddress.secure(false, "10.0.0.5", "http", PROXY));
    }

    @Test
    void anyoneElsesForwardedHeadersAreIgnored() {
        assertEquals("203.0.113.50", ClientAddress.of("203.0.113.50", "127.0.0.1", PROXY));
        assertFalse(ClientAddress.secure(false, "203.0.113.50", "https", PROXY));
        assertTrue(ClientAddress.secure(true, "203.0.113.50", null, PROXY), "TLS on the connection itself");
    }
}
