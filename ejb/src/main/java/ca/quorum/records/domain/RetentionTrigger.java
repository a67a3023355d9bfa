package ca.quorum.records.domain;

/**
 * What starts a record's retention clock. Until it happens the record has no disposition date (it is kept).
 */
public enum RetentionTrigger {
    /** The record was created (an agenda revision published, a report drafted). */
    CREATED,
    /** The meeting the record belongs to was held. */
    MEETING_DATE,
    /** The record was adopted (minutes) or enacted (a by-law). */
    ADOPTED,
    /** A newer version took the record's place (the "S" codes of Ontario schedules). */
    SUPERSEDED,
    /** The file the record belongs to was closed. */
    FILE_CLOSED,
    /** An event staff record, named by the rule: "FOI request closed", "contract expiry" (the "E" codes). */
    EVENT
}
