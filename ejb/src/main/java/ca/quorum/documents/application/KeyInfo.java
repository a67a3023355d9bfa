package ca.quorum.documents.application;

import java.io.Serializable;
import java.time.Instant;

/** A signing certificate as the pages show it: whose, its subject, validity and SHA-256 fingerprint. */
public record KeyInfo(String owner, String subject, Instant notBefore, Instant notAfter, String sha256)
        implements Serializable {

    /** The municipality's own certificate (no owner). */
    public boolean municipal() {
        return owner == null;
    }
}
