package ca.quorum.web.live;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import ca.quorum.shared.infrastructure.Configuration;

/**
 * The peer of the voting benchmark ({@code ./quorum bench voting}): a bare WebSocket broadcast with the same
 * asynchronous sends as {@link LiveBroadcaster} but no meeting, database or JSON behind it. Any message received
 * is stamped with the server's clock and sent to every open session. Refuses every connection unless
 * {@code QUORUM_BENCH=1}.
 */
@ServerEndpoint("/bench/bare")
public class BareBroadcastEndpoint {

    private static final Set<Session> SESSIONS = ConcurrentHashMap.newKeySet();

    @OnOpen
    public void open(Session session) throws IOException {
        if (!Configuration.flag("QUORUM_BENCH", false)) {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "benchmarks are off"));
            return;
        }
        SESSIONS.add(session);
    }

    @OnMessage
    public void message(String text) {
        String stamped = "{\"committedAt\":" + System.currentTimeMillis() + "}";
        for (Session session : SESSIONS) {
            if (session.isOpen()) {
                session.getAsyncRemote().sendText(stamped);
            }
        }
    }

    @OnClose
    public void close(Session session) {
        SESSIONS.remove(session);
    }
}
