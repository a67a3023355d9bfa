package ca.quorum.records.domain;

/**
 * The kinds of record Quorum creates, each with the class of the starting plan its records are filed under when they
 * are created ("the class determines the destiny": no record waits for a later clean-up to get a retention rule).
 */
public enum RecordKind {
    /** A published revision of an agenda (its trigger: the meeting's day). */
    AGENDA_REVISION("C01.02"),
    /** A staff report (its trigger: the day it was drafted). */
    STAFF_REPORT("C03"),
    /** Minutes, adopted (permanent) or not. */
    MINUTES("C01.01"),
    /** An enacted by-law (permanent). */
    BYLAW("C01.03"),
    /** A meeting's log and ballots, filed when it adjourns (permanent: the record of who moved, voted and how). */
    MEETING_LOG("C01.04");

    private final String startingClass;

    RecordKind(String startingClass) {
        this.startingClass = startingClass;
    }

    /**
     * Whether a disposition batch may destroy records of this kind: agenda revisions and staff reports. Minutes,
     * by-laws and meeting logs are the municipality's permanent record (Municipal Act, 2001, s.253-254), whatever
     * class a records manager files them under.
     */
    public boolean destroyable() {
        return this == AGENDA_REVISION || this == STAFF_REPORT;
    }

    /** The class of {@link StartingPlan} records of this kind are filed under. */
    public String startingClass() {
        return startingClass;
    }
}
