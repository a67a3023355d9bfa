package ca.quorum.web.live;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * Who may open a live socket (OWASP ASVS 5.0 V4.4: WebSocket origin): a page of this site (an {@code Origin} whose
 * host and port are those the socket was asked at) or a client that is not a browser page (no {@code Origin} at all,
 * like a chamber display's kiosk script). A page of another site is refused before any state is sent. What a socket
 * carries is the public state whoever opens it ({@code MeetingConsole.publicState}), so this guards against other
 * sites riding on a visitor's connection, not against reading.
 */
public class SameSiteSockets extends ServerEndpointConfig.Configurator {

    /** Session property: whether the handshake came from this site or from no page at all. */
    static final String ACCEPTED = "quorum.socket.sameSite";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        config.getUserProperties().put(ACCEPTED, accepted(first(request.getHeaders(), "Origin"),
                first(request.getHeaders(), "Host")));
    }

    /** Whether a socket asked at {@code host} may be opened from a page of {@code origin} (null: not a page). */
    static boolean accepted(String origin, String host) {
        if (origin == null) {
            return true;
        }
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            URI from = URI.create(origin.strip());
            return from.getHost() != null && from.getRawAuthority() != null
                    && (from.getScheme().equalsIgnoreCase("http") || from.getScheme().equalsIgnoreCase("https"))
                    && from.getRawAuthority().equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return false;
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        return null;
    }
}
