package ca.quorum.shared.application;

import jakarta.ejb.ApplicationException;

/**
 * The record asked for was destroyed under the retention schedule: its content is gone, its tombstone remains. Staff
 * are told under which certificate of destruction; anyone else gets a plain "not found".
 */
@ApplicationException(rollback = true)
public class RecordDestroyedException extends RecordNotFoundException {

    private static final long serialVersionUID = 1L;

    private final String certificate;

    public RecordDestroyedException(String what, String certificate) {
        super(what);
        this.certificate = certificate;
    }

    /** The certificate of destruction's number; null when only the file's purge is known. */
    public String certificate() {
        return certificate;
    }

    /** What staff are told. */
    public String explanation() {
        return certificate == null ? "This record's content was destroyed under the records retention schedule."
                : "This record was destroyed under certificate of destruction " + certificate + ".";
    }
}
