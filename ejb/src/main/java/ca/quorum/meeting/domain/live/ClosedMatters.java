package ca.quorum.meeting.domain.live;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one rule that decides which motions of a meeting are closed-session matters; the live screens, their push, the
 * minutes, the search documents and open data all ask it.
 *
 * <p>Closed-ness follows the session, not the agenda item (Municipal Act s.239): a motion is closed when it is moved,
 * or put to a vote, while the meeting sits in closed session, and so is any motion that acts on a closed one (an
 * amendment, a reconsideration, a deferral or a referral of it). A motion moved and voted in open session is public
 * even when its item was discussed in camera: after council rises and reports, its decisions are taken in open
 * session (s.239(6)) and are public. Once closed, a motion stays closed.
 */
public final class ClosedMatters {

    private boolean inClosedSession;
    private final Set<Long> closed = new HashSet<>();
    private final Map<Long, Long> voteMotion = new HashMap<>();

    /** Reads a whole log. */
    public static ClosedMatters of(List<LiveEvent> log) {
        ClosedMatters matters = new ClosedMatters();
        log.forEach(matters::accept);
        return matters;
    }

    /** Takes the next event of the log into account. */
    public void accept(LiveEvent event) {
        switch (event) {
            case LiveEvent.ClosedSessionEntered e -> inClosedSession = true;
            case LiveEvent.ClosedSessionLeft e -> inClosedSession = false;
            case LiveEvent.Adjourned e -> inClosedSession = false;
            case LiveEvent.MotionMoved e -> {
                if (inClosedSession || e.amends() != null && closed.contains(e.amends())) {
                    closed.add(e.motion());
                }
            }
            case LiveEvent.VoteOpened e -> {
                voteMotion.put(e.vote(), e.motion());
                if (inClosedSession) {
                    closed.add(e.motion());
                }
            }
            default -> {
                // attendance, items, declarations, seconders, ballots, results: they do not change what is closed
            }
        }
    }

    /** Whether the meeting sits in closed session now. */
    public boolean inClosedSession() {
        return inClosedSession;
    }

    /** Whether a motion is a closed-session matter. */
    public boolean motionClosed(long motion) {
        return closed.contains(motion);
    }

    /** Whether a vote is on a closed-session matter (its motion is closed). */
    public boolean voteClosed(long vote) {
        Long motion = voteMotion.get(vote);
        return motion != null && closed.contains(motion);
    }
}
