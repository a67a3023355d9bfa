package ca.quorum.records.domain;

/** What happens to a record when its retention ends. */
public enum FinalAction {
    /** Its content is destroyed under a certificate; a tombstone stays. */
    DESTROY,
    /** It is transferred to the archives (a BagIt transfer) and marked transferred once received. */
    TRANSFER,
    /** It is kept permanently: never proposed for disposition (the "P" codes). */
    PERMANENT,
    /** The records manager (or the archivist) decides, record by record: archival selection (the "*" codes). */
    REVIEW
}
