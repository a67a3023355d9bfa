package ca.quorum.shared.application;

import java.util.List;

import jakarta.ejb.ApplicationException;

/** A request that breaks a rule: nothing was changed, and {@link #reasons()} says why, for the person who asked. */
@ApplicationException(rollback = true)
public class RequestRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public RequestRefusedException(List<String> reasons) {
        super(String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public RequestRefusedException(String reason) {
        this(List.of(reason));
    }

    public List<String> reasons() {
        return reasons;
    }
}
