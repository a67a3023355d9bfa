package ca.quorum.shared.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-11-22T19:00:00.123456789Z");

    /** A well-formed chain of n entries and its head. */
    private static List<AuditChain.StoredEntry> chain(int n) {
        List<AuditChain.StoredEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditRecord record = new AuditRecord("lakeview-harbour", i, T0.plusSeconds(i), "clerk@lakeview-harbour",
                    "ThingDone", "thing", Integer.toString(i), "{\"n\":\"" + i + "\"}");
            String hash = AuditChain.hash(previous, record);
            entries.add(new AuditChain.StoredEntry(record, previous, hash));
            previous = hash;
        }
        return entries;
    }

    private static AuditChain.Head headOf(List<AuditChain.StoredEntry> entries) {
        AuditChain.StoredEntry last = entries.get(entries.size() - 1);
        return new AuditChain.Head(last.record().sequence(), last.hash());
    }

    private static AuditChain.StoredEntry withDetails(AuditChain.StoredEntry e, String details) {
        AuditRecord r = e.record();
        return new AuditChain.StoredEntry(new AuditRecord(r.tenant(), r.sequence(), r.occurredAt(), r.actor(),
                r.action(), r.subjectType(), r.subjectId(), details), e.previousHash(), e.hash());
    }

    @Test
    void anIntactChainVerifies() {
        List<AuditChain.StoredEntry> entries = chain(10);
        ChainVerification result = AuditChain.verify(entries.iterator(), headOf(entries));
        assertTrue(result.intact(), result.summary());
        assertEquals(10, result.entriesChecked());
        assertEquals("OK (10 entries)", result.summary());
    }

    @Test
    void anEmptyChainWithAnEmptyHeadVerifies() {
        assertTrue(AuditChain.verify(List.<AuditChain.StoredEntry>of().iterator(), AuditChain.Head.EMPTY).intact());
    }

    @Test
    void aChangedEntryIsNamed() {
        List<AuditChain.StoredEntry> entries = chain(10);
        AuditChain.Head head = headOf(entries);
        entries.set(6, withDetails(entries.get(6), "{\"n\":\"forged\"}"));
        ChainVerification result = AuditChain.verify(entries.iterator(), head);
        assertFalse(result.intact());
        assertEquals(7, result.firstBroken());
        assertEquals(6, result.entriesChecked());
        assertTrue(result.reason().contains("changed"), result.reason());
    }

    @Test
    void aChangedEntryWithItsHashRecomputedBreaksTheNextLink() {
        List<AuditChain.StoredEntry> entries = chain(5);
        AuditChain.Head head = headOf(entries);
        AuditChain.StoredEntry third = entries.get(2);
        AuditRecord forged = new AuditRecord(third.record().tenant(), 3, third.record().occurredAt(), "mallory",
                third.record().action(), third.record().subjectType(), third.record().subjectId(),
                third.record().details());
        entries.set(2, new AuditChain.StoredEntry(forged, third.previousHash(),
                AuditChain.hash(third.previousHash(), forged)));
        ChainVerification result = AuditChain.verify(entries.iterator(), head);
        assertEquals(4, result.firstBroken());
        assertTrue(result.reason().contains("does not link"), result.reason());
    }

    @Test
    void aDeletedEntryIsNamed() {
        List<AuditChain.StoredEntry> entries = chain(10);
        AuditChain.Head head = headOf(entries);
        entries.remove(4);
        ChainVerification result = AuditChain.verify(entries.iterator(), head);
        assertEquals(5, result.firstBroken());
        assertTrue(result.reason().contains("missing"), result.reason());
    }

    @Test
    void aDeletedLastEntryIsCaughtByTheHead() {
        List<AuditChain.StoredEntry> entries = chain(10);
        AuditChain.Head head = headOf(entries);
        entries.remove(9);
        ChainVerification result = AuditChain.verify(entries.iterator(), head);
        assertFalse(result.intact());
        assertEquals(10, result.firstBroken());
    }

    @Test
    void swappedSequenceNumbersAreNamedAtTheFirstMovedEntry() {
        List<AuditChain.StoredEntry> entries = chain(10);
        AuditChain.Head head = headOf(entries);
        // what "update audit_entry set seq = ..." does: the rows keep their hashes but trade positions
        AuditChain.StoredEntry fourth = entries.get(3);
        AuditChain.StoredEntry fifth = entries.get(4);
        entries.set(3, renumbered(fifth, 4));
        entries.set(4, renumbered(fourth, 5));
        ChainVerification result = AuditChain.verify(entries.iterator(), head);
        assertEquals(4, result.firstBroken());
    }

    @Test
    void reorderedRowsWithOriginalNumbersAreNamed() {
        List<AuditChain.StoredEntry> entries = chain(6);
        AuditChain.Head head = headOf(entries);
        AuditChain.StoredEntry second = entries.remove(1);
        entries.add(3, second);
        ChainVerification result = AuditChain.verify(entries.iterator(), head);
        assertEquals(2, result.firstBroken());
    }

    @Test
    void aDuplicatedEntryIsNamed() {
        List<AuditChain.StoredEntry> entries = chain(4);
        AuditChain.Head head = headOf(entries);
        entries.add(2, entries.get(1));
        ChainVerification result = AuditChain.verify(entries.iterator(), head);
        assertEquals(2, result.firstBroken());
        assertTrue(result.reason().contains("out of order or twice"), result.reason());
    }

    @Test
    void theHashCoversEveryField() {
        AuditRecord base = new AuditRecord("t", 1, T0, "a", "b", "c", "d", "{}");
        String h = AuditChain.hash(AuditChain.GENESIS, base);
        assertNotEquals(h, AuditChain.hash(AuditChain.GENESIS, new AuditRecord("u", 1, T0, "a", "b", "c", "d", "{}")));
        assertNotEquals(h, AuditChain.hash(AuditChain.GENESIS,
                new AuditRecord("t", 1, T0.plusNanos(1000), "a", "b", "c", "d", "{}")));
        assertNotEquals(h, AuditChain.hash(AuditChain.GENESIS, new AuditRecord("t", 1, T0, "a", "b", "c", "e", "{}")));
        assertNotEquals(h, AuditChain.hash("1".repeat(64), base));
        assertEquals(64, h.length());
    }

    @Test
    void timesAreKeptToTheMicrosecondAsTheDatabaseKeepsThem() {
        AuditRecord record = new AuditRecord("t", 1, T0, "a", "b", "c", "d", "{}");
        assertEquals(Instant.parse("2026-11-22T19:00:00.123456Z"), record.occurredAt());
    }

    private static AuditChain.StoredEntry renumbered(AuditChain.StoredEntry e, long seq) {
        AuditRecord r = e.record();
        return new AuditChain.StoredEntry(new AuditRecord(r.tenant(), seq, r.occurredAt(), r.actor(), r.action(),
                r.subjectType(), r.subjectId(), r.details()), e.previousHash(), e.hash());
    }
}
