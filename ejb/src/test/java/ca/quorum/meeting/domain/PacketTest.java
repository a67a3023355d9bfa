package ca.quorum.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import ca.quorum.shared.domain.RuleViolation;

class PacketTest {

    private static final Instant T = Instant.parse("2027-03-01T14:00:00Z");

    @Test
    void progressOnlyGoesForwardAndStopsShortOfDoneUntilPublished() {
        AgendaPacket packet = new AgendaPacket(7, 1, "clerk@town", T);
        packet.advance(40);
        packet.advance(20);
        assertEquals(40, packet.progress());
        packet.advance(150);
        assertEquals(99, packet.progress());
        packet.publish(null, 10, null, 12, T.plusSeconds(5));
        assertEquals(100, packet.progress());
        assertEquals(PacketStatus.PUBLISHED, packet.status());
        assertThrows(RuleViolation.class, () -> packet.fail("late", T.plusSeconds(6)));
        assertThrows(RuleViolation.class, () -> packet.advance(50));
    }

    @Test
    void aBuildThatNeverReportsBackIsAbandonedAfterHalfAnHour() {
        AgendaPacket packet = new AgendaPacket(7, 1, "clerk@town", T);
        assertFalse(packet.abandoned(T.plus(Duration.ofMinutes(30))));
        assertTrue(packet.abandoned(T.plus(Duration.ofMinutes(30)).plusSeconds(1)));
        packet.fail("The attachment broke.", T.plusSeconds(3));
        assertFalse(packet.abandoned(T.plus(Duration.ofHours(2))), "only a build still marked building");
        assertEquals("The attachment broke.", packet.message());
    }
}
