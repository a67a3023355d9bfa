package ca.quorum.web.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.Session;

import ca.quorum.meeting.application.LiveView;
import ca.quorum.meeting.application.MeetingChanged;

/**
 * Pushes a meeting's public state to every screen watching it, once the change is committed (nothing is pushed for
 * a refused or rolled-back command). Sends are asynchronous, so a slow screen never holds up the clerk or a vote.
 */
@ApplicationScoped
public class LiveBroadcaster {

    private static final Jsonb JSON = JsonbBuilder.create();

    private final Map<String, Set<Session>> watchers = new ConcurrentHashMap<>();

    static String key(String municipality, long meetingId) {
        return municipality + "/" + meetingId;
    }

    void watch(String municipality, long meetingId, Session session) {
        watchers.computeIfAbsent(key(municipality, meetingId), k -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void forget(Session session) {
        watchers.values().forEach(s -> s.remove(session));
    }

    /** The message a screen gets: when the change was committed (server clock, ms) and the public state. */
    static String json(LiveView view) {
        return "{\"committedAt\":" + System.currentTimeMillis() + ",\"state\":" + JSON.toJson(view) + "}";
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeetingChanged change) {
        Set<Session> sessions = watchers.get(key(change.municipality(), change.meetingId()));
        if (sessions == null || sessions.isEmpty()) {
            return;
        }
        String text = json(change.view()); // stamped now: right after the commit
        for (Session session : sessions) {
            if (session.isOpen()) {
                session.getAsyncRemote().sendText(text);
            } else {
                sessions.remove(session);
            }
        }
    }
}
