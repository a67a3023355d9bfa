package ca.quorum.meeting.domain.live;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Test fixture: a council of nine (members 1 to 9) sitting on item 61 ("6.1 Road salt tender"), with a clock that
 * moves one second at each reading.
 */
final class Sitting {

    static final Instant T = Instant.parse("2027-03-16T23:00:00Z");
    static final Set<Long> COUNCIL = LongStream.rangeClosed(1, 9).boxed().collect(Collectors.toSet());
    static final long ITEM = 61;

    private int seconds;

    /** The next instant: each call is a second after the one before. */
    Instant now() {
        return T.plusSeconds(seconds++);
    }

    /** The given members present in person, the meeting called to order, item 61 taken up. */
    LiveMeeting inSession(MeetingRules rules, long... members) {
        LiveMeeting meeting = new LiveMeeting(rules, COUNCIL);
        for (long m : members) {
            meeting.recordAttendance(m, Presence.IN_PERSON, now());
        }
        meeting.callToOrder(now());
        meeting.startItem(ITEM, "6.1", "Road salt tender", now());
        return meeting;
    }

    /** Ontario's usual rules, all nine present. */
    LiveMeeting everyonePresent() {
        return inSession(MeetingRules.ontario(9), all());
    }

    static long[] all() {
        return LongStream.rangeClosed(1, 9).toArray();
    }
}
