package ca.quorum.shared.application;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * An uploaded file that was read and refused (not a PDF, damaged, encrypted, a compression bomb, active content…):
 * nothing was stored; the API answers 422 with the reason.
 */
@ApplicationException(rollback = true)
public class UnacceptableFileException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    public UnacceptableFileException(String reason) {
        super(List.of(reason));
    }
}
