package ca.quorum.meeting.domain.live;

import java.util.List;
import java.util.Set;

/**
 * Who among a meeting's members does not receive its closed material. A member who declares a pecuniary interest
 * takes no part in the matter and leaves a closed meeting while it is discussed (MCIA s.5(1), s.5(2)); so a member
 * who declared an interest in a closed item does not receive the meeting's closed material (the complete agenda and
 * packet, the closed items' attachments, the closed-session minutes) while the declaration stands: they read what the
 * public reads.
 */
public final class ClosedMaterial {

    private ClosedMaterial() {
    }

    /**
     * @param seats       the member seats the reader votes for
     * @param log         the meeting's log
     * @param closedItems the meeting's closed agenda items (s.239)
     * @return whether the meeting's closed material is withheld from the reader
     */
    public static boolean withheldFrom(Set<Long> seats, List<LiveEvent> log, Set<Long> closedItems) {
        return log.stream().anyMatch(e -> e instanceof LiveEvent.InterestDeclared d && seats.contains(d.member())
                && closedItems.contains(d.item()));
    }
}
