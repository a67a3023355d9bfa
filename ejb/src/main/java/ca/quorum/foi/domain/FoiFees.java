package ca.quorum.foi.domain;

import ca.quorum.shared.domain.RuleViolation;

/**
 * The fees of an access request (MFIPPA s.45; R.R.O. 1990, Reg. 823 s.6-7), in cents: manual search and preparation
 * (severing included) at $7.50 for each 15 minutes (a quarter hour begun is charged), $0.20 a page, $10 a disk. The
 * $5 application fee is paid with the request and is not part of these fees. An estimate is owed when the fees
 * exceed $25 (s.45(3)); a deposit of 50 % may be required when the estimate is $100 or more (Reg. 823 s.7(1)); the
 * head may waive all or part of the fees, for a reason (s.45(4)).
 */
public final class FoiFees {

    /** The fees of a request, item by item. */
    public record Fees(long searchCents, long preparationCents, long pagesCents, long disksCents) {

        public long totalCents() {
            return searchCents + preparationCents + pagesCents + disksCents;
        }
    }

    /** What is owed after a waiver and payments. */
    public record Balance(long totalCents, long waivedCents, long paidCents) {

        public Balance {
            if (waivedCents < 0 || paidCents < 0 || waivedCents > totalCents) {
                throw RuleViolation.because("foi.waiverTooLarge");
            }
        }

        public long dueCents() {
            return Math.max(0, totalCents - waivedCents - paidCents);
        }
    }

    private FoiFees() {
    }

    /** The fees of the time logged and of the copies. */
    public static Fees fees(FoiSettings settings, int searchMinutes, int preparationMinutes, int pages, int disks) {
        if (searchMinutes < 0 || preparationMinutes < 0 || pages < 0 || disks < 0) {
            throw RuleViolation.because("foi.negativeFee");
        }
        return new Fees(quarterHours(searchMinutes) * settings.quarterHourCents(),
                quarterHours(preparationMinutes) * settings.quarterHourCents(), (long) pages * settings.pageCents(),
                (long) disks * settings.diskCents());
    }

    /** Quarter hours charged for some minutes: each one begun. */
    static long quarterHours(int minutes) {
        return (minutes + 14L) / 15;
    }

    /** Whether the requester must be given an estimate before access (s.45(3): fees over $25). */
    public static boolean estimateRequired(FoiSettings settings, long feesCents) {
        return feesCents > settings.estimateOverCents();
    }

    /** The deposit that may be required (Reg. 823 s.7(1)): half the estimate when it is $100 or more, else none. */
    public static long deposit(FoiSettings settings, long estimateCents) {
        if (estimateCents < settings.depositFromCents()) {
            return 0;
        }
        return (estimateCents * settings.depositPercent() + 99) / 100; // a cent begun is owed
    }

    /** A waiver of all or part of the fees needs a reason (s.45(4): cost, hardship, public health or safety…). */
    public static Balance waive(Balance balance, long cents, String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.because("foi.waiverReason");
        }
        return new Balance(balance.totalCents(), balance.waivedCents() + cents, balance.paidCents());
    }
}
