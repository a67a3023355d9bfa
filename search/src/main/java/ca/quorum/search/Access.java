package ca.quorum.search;

/**
 * Who may find a document. Every document carries one and every query filters on the levels its caller holds: the
 * public gets {@link #PUBLIC} only; an FOI officer gets all three.
 */
public enum Access {
    /** Published for anyone. */
    PUBLIC,
    /** Not public (drafts, members' versions), but not closed-session material. */
    RESTRICTED,
    /** Closed-session material (Municipal Act s.239): never in a public answer. */
    CLOSED
}
