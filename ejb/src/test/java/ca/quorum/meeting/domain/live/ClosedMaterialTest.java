package ca.quorum.meeting.domain.live;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ClosedMaterialTest {

    private static final Instant T = Instant.parse("2027-03-16T23:00:00Z");
    private static final Set<Long> CLOSED_ITEMS = Set.of(111L);

    @Test
    void aMemberWhoDeclaredAnInterestInAClosedItemDoesNotReceiveTheClosedMaterial() {
        List<LiveEvent> log = List.of(new LiveEvent.InterestDeclared(T, 3, 111, "owns the land"));
        assertTrue(ClosedMaterial.withheldFrom(Set.of(3L), log, CLOSED_ITEMS));
        assertFalse(ClosedMaterial.withheldFrom(Set.of(4L), log, CLOSED_ITEMS), "another member still does");
    }

    @Test
    void aDeclarationOnAnOpenItemWithholdsNothing() {
        List<LiveEvent> log = List.of(new LiveEvent.InterestDeclared(T, 3, 61, "owns a salt supplier"));
        assertFalse(ClosedMaterial.withheldFrom(Set.of(3L), log, CLOSED_ITEMS));
        assertFalse(ClosedMaterial.withheldFrom(Set.of(), log, CLOSED_ITEMS), "an account with no seat");
    }
}
