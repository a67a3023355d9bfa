package ca.quorum.documents.domain;

/** In what capacity a person signs minutes and by-laws: as the chair (head of council) or as the clerk. */
public enum SignerCapacity {
    CHAIR, CLERK
}
