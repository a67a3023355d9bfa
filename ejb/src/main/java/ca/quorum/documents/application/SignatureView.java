package ca.quorum.documents.application;

import java.io.Serializable;
import java.time.Instant;

/** A signature on a record as the record's page shows it. */
public record SignatureView(String capacity, String signerName, String certificateSubject, Instant signedAt,
        boolean timeStamped) implements Serializable {
}
