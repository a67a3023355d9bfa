package ca.quorum.web.live;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

import ca.quorum.admin.application.MunicipalityDirectory;
import ca.quorum.meeting.application.MeetingConsole;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.shared.tenant.TenantContext;

/**
 * {@code /live/{municipality}/{meeting}}: a screen subscribes to a meeting and gets its public state at once, then
 * after every change. The state is the public one (names only for recorded votes) whoever opens the socket, by
 * construction: the only state this endpoint asks for is {@code MeetingConsole.publicState}, and the broadcaster only
 * carries what the console published for screens. Pages of other sites are refused ({@link SameSiteSockets}); so are
 * municipalities and meetings that do not exist.
 */
@ServerEndpoint(value = "/live/{municipality}/{meeting}", configurator = SameSiteSockets.class)
public class LiveEndpoint {

    @Inject
    LiveBroadcaster broadcaster;

    @EJB
    MeetingConsole console;

    @EJB
    MunicipalityDirectory directory;

    @OnOpen
    public void open(Session session, @PathParam("municipality") String municipality,
            @PathParam("meeting") long meeting) throws IOException {
        if (!Boolean.TRUE.equals(session.getUserProperties().get(SameSiteSockets.ACCEPTED))) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not from this site"));
            return;
        }
        if (directory.find(municipality).isEmpty()) {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "no such municipality"));
            return;
        }
        try {
            String state = TenantContext.callAs(municipality, () -> LiveBroadcaster.json(console.publicState(meeting)));
            broadcaster.watch(municipality, meeting, session);
            session.getAsyncRemote().sendText(state);
        } catch (RecordNotFoundException e) {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "no such meeting"));
        }
    }

    @OnClose
    public void close(Session session) {
        broadcaster.forget(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        broadcaster.forget(session);
    }
}
