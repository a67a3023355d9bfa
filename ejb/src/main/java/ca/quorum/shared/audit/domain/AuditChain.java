package ca.quorum.shared.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Objects;

/**
 * The rules of the audit hash chain.
 *
 * <p>{@code hash(n) = SHA-256(hash(n-1) + "\n" + canonical(n))} as lower-case hex, where the hash before the first
 * entry is {@link #GENESIS}. A verifier walks the entries in sequence order and names the first one whose sequence,
 * link or hash does not match; the chain's recorded head (last sequence and hash) catches a deleted tail.
 */
public final class AuditChain {

    /** The "previous hash" of entry 1: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String previousHash, AuditRecord record) {
        Objects.requireNonNull(previousHash, "previousHash");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) '\n');
            sha256.update(record.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** An entry as stored: its content plus the two hashes kept beside it. */
    public record StoredEntry(AuditRecord record, String previousHash, String hash) {
    }

    /** The chain's head as recorded when the last entry was appended. */
    public record Head(long sequence, String hash) {
        public static final Head EMPTY = new Head(0, GENESIS);
    }

    /**
     * Walks {@code entries} (in ascending stored sequence order) and reports the first entry that does not match.
     */
    public static ChainVerification verify(Iterator<StoredEntry> entries, Head head) {
        long expected = 1;
        String previous = GENESIS;
        long checked = 0;
        while (entries.hasNext()) {
            StoredEntry entry = entries.next();
            long seq = entry.record().sequence();
            if (seq != expected) {
                return seq > expected
                        ? ChainVerification.broken(checked, expected,
                                "entry " + expected + " is missing (the next stored entry is " + seq + ")")
                        : ChainVerification.broken(checked, seq,
                                "entry " + seq + " appears out of order or twice (expected " + expected + ")");
            }
            if (!previous.equals(entry.previousHash())) {
                return ChainVerification.broken(checked, seq,
                        "entry " + seq + " does not link to the hash of entry " + (seq - 1));
            }
            String recomputed = hash(previous, entry.record());
            if (!recomputed.equals(entry.hash())) {
                return ChainVerification.broken(checked, seq,
                        "entry " + seq + " was changed: its content does not match its hash");
            }
            previous = entry.hash();
            expected++;
            checked++;
        }
        long last = expected - 1;
        if (head.sequence() > last) {
            return ChainVerification.broken(checked, last + 1,
                    "entry " + (last + 1) + " is missing (the chain's head records " + head.sequence() + " entries)");
        }
        if (head.sequence() < last || !head.hash().equals(previous)) {
            return ChainVerification.broken(checked, head.sequence(),
                    "the chain's head does not match entry " + last);
        }
        return ChainVerification.intact(checked);
    }

    /** A day's anchor as stored (and published): the chain's last entry that day, and its seal. */
    public record Anchor(java.time.LocalDate day, long sequence, String hash, String seal) {
    }

    /**
     * Walks the chain as {@link #verify(Iterator, Head)} does, then checks what a rewrite of entries and head together
     * cannot forge without the key: the head's seal, and every anchor (the chain must still have the anchored hash at
     * the anchored entry, and the anchor its seal). With no key ({@code null}) the seals are not checked, the anchors'
     * hashes still are.
     */
    public static ChainVerification verify(Iterator<StoredEntry> entries, Head head, String tenant, String headSeal,
            java.util.List<Anchor> anchors, byte[] key) {
        java.util.Map<Long, String> anchored = new java.util.HashMap<>();
        anchors.forEach(a -> anchored.put(a.sequence(), null));
        Iterator<StoredEntry> watched = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public StoredEntry next() {
                StoredEntry entry = entries.next();
                if (anchored.containsKey(entry.record().sequence())) {
                    anchored.put(entry.record().sequence(), entry.hash());
                }
                return entry;
            }
        };
        ChainVerification chain = verify(watched, head);
        if (!chain.intact()) {
            return chain;
        }
        for (Anchor anchor : anchors) {
            if (!anchor.hash().equals(anchored.get(anchor.sequence()))) {
                return ChainVerification.broken(chain.entriesChecked(), anchor.sequence(), "entry "
                        + anchor.sequence() + " differs from the anchor published for " + anchor.day()
                        + ": the chain was rewritten");
            }
            if (key != null && !AuditSeal.matches(AuditSeal.anchor(key, tenant, anchor.day(), anchor.sequence(),
                    anchor.hash()), anchor.seal())) {
                return ChainVerification.broken(chain.entriesChecked(), anchor.sequence(), "the anchor of "
                        + anchor.day() + " is not sealed with this server's key: anchors were rewritten");
            }
        }
        if (key != null && !AuditSeal.matches(AuditSeal.head(key, tenant, head.sequence(), head.hash()), headSeal)) {
            return ChainVerification.broken(chain.entriesChecked(), head.sequence(), "the chain's head is not sealed "
                    + "with this server's key: the chain and its head were rewritten (or the key changed)");
        }
        return chain;
    }
}
