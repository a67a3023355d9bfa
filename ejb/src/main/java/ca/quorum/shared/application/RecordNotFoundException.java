package ca.quorum.shared.application;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist in the current municipality (whether or not it exists in another). */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String what) {
        super(what + " not found");
    }
}
