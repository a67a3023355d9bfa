package ca.quorum.shared.audit.domain;

/**
 * The verifier's answer: intact, or the first entry that does not match and why.
 *
 * @param intact        whether every entry and the head match
 * @param entriesChecked how many entries matched before the first broken one (all of them when intact)
 * @param firstBroken   sequence number of the first entry that does not match; 0 when intact
 * @param reason        a sentence for the administrator; empty when intact
 */
public record ChainVerification(boolean intact, long entriesChecked, long firstBroken, String reason) {

    public static ChainVerification intact(long entries) {
        return new ChainVerification(true, entries, 0, "");
    }

    public static ChainVerification broken(long checked, long firstBroken, String reason) {
        return new ChainVerification(false, checked, firstBroken, reason);
    }

    /** One line: {@code OK (n entries)} or {@code BROKEN at entry n: reason}. */
    public String summary() {
        return intact ? "OK (" + entriesChecked + " entries)" : "BROKEN at entry " + firstBroken + ": " + reason;
    }
}
