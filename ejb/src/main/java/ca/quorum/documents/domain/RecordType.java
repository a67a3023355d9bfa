package ca.quorum.documents.domain;

/** The kinds of record that are signed and that the verification page recognises. */
public enum RecordType {
    MINUTES, BYLAW, AGENDA,
    /** A certificate of destruction (records management: a disposition batch, executed). */
    CERTIFICATE
}
