package ca.quorum.shared.application;

import java.util.List;

import jakarta.ejb.ApplicationException;

import ca.quorum.shared.domain.RuleViolation;

/** A request that breaks a rule: nothing was changed, and {@link #reasons()} says why, for the person who asked. */
@ApplicationException(rollback = true)
public class RequestRefusedException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public RequestRefusedException(List<String> reasons) {
        super(reasons);
    }

    public RequestRefusedException(String reason) {
        super(reason);
    }
}
