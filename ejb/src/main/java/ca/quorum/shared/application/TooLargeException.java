package ca.quorum.shared.application;

import java.util.List;

import jakarta.ejb.ApplicationException;

import ca.quorum.shared.domain.RuleViolation;

/** An upload over its size limit: nothing was stored or read further; the API answers 413 with the reason. */
@ApplicationException(rollback = true)
public class TooLargeException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public TooLargeException(long limitBytes) {
        super(List.of(RuleViolation.refusal("upload.tooLarge", limitBytes >> 20)), true);
    }
}
