package ca.quorum.records.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ca.quorum.shared.domain.RuleViolation;

class DispositionBatchTest {

    private static final Instant NOW = Instant.parse("2027-04-01T14:00:00Z");

    private static DispositionBatch.Item item(long id, boolean included, String exclusion) {
        return new DispositionBatch.Item(id, RecordKind.AGENDA_REVISION, 100 + id, "C01.02", "C+2",
                LocalDate.of(2027, 1, 1), included, exclusion);
    }

    private static DispositionBatch proposed() {
        return new DispositionBatch(1, DispositionBatch.Status.PROPOSED, List.of(item(1, true, null),
                item(2, true, null), item(3, false, DispositionBatch.HELD + "Smith v. Lakeview Harbour")), null,
                null, null);
    }

    private static String refusal(Runnable change) {
        return assertThrows(RuleViolation.class, change::run).key();
    }

    @Test
    void theRecordsManagerExcludesARecordSayingWhyAndMayPutItBack() {
        DispositionBatch batch = proposed();
        assertEquals("disposition.exclusionReason", refusal(() -> batch.exclude(1, " ")));
        batch.exclude(1, "still needed for the tender dispute");
        assertEquals(List.of(2L), batch.included().stream().map(DispositionBatch.Item::id).toList());
        batch.include(1);
        assertEquals(2, batch.included().size());
        assertEquals("disposition.noSuchItem", refusal(() -> batch.exclude(9, "no such record")));
    }

    @Test
    void aHeldRecordIsNotPutBackByHand() {
        assertEquals("disposition.heldStaysOut", refusal(() -> proposed().include(3)));
    }

    @Test
    void approvalNeedsARecordAndTheResolutionWhereTheByLawRequiresIt() {
        DispositionBatch batch = proposed();
        assertEquals("disposition.resolutionRequired", refusal(() -> batch.approve("records", NOW, " ", true)));
        assertEquals(DispositionBatch.Status.PROPOSED, batch.status(), "a refused approval changes nothing");
        batch.approve("records", NOW, " Resolution 2027-114 ", true);
        assertEquals("Resolution 2027-114", batch.resolution());
        assertEquals(DispositionBatch.Status.APPROVED, batch.status());

        DispositionBatch empty = proposed();
        empty.exclude(1, "kept for the audit");
        empty.exclude(2, "kept for the audit");
        assertEquals("disposition.nothingIncluded", refusal(() -> empty.approve("records", NOW, null, false)));
        DispositionBatch noResolution = proposed();
        noResolution.approve("records", NOW, "", false);
        assertNull(noResolution.resolution());
    }

    @Test
    void anApprovedBatchIsFrozenExecutedOnceAndAnExecutedOneCannotBeCancelled() {
        DispositionBatch batch = proposed();
        assertEquals("disposition.wrongStatus", refusal(batch::executed), "not before approval");
        batch.approve("records", NOW, null, false);
        assertEquals("disposition.wrongStatus", refusal(() -> batch.exclude(1, "too late")));
        assertEquals("disposition.wrongStatus", refusal(() -> batch.approve("records", NOW, null, false)));
        batch.executed();
        assertEquals("disposition.wrongStatus", refusal(batch::executed));
        assertEquals("disposition.wrongStatus", refusal(batch::cancel));
        DispositionBatch cancelled = proposed();
        cancelled.cancel();
        assertEquals("disposition.wrongStatus", refusal(() -> cancelled.approve("records", NOW, null, false)));
    }

    @Test
    void certificatesAreNumberedByYear() {
        assertEquals("DC-2027-0001", DispositionBatch.certificateNumber(2027, 1));
        assertEquals("DC-2028-0114", DispositionBatch.certificateNumber(2028, 114));
    }
}
