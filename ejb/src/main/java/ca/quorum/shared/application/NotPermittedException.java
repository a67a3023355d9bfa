package ca.quorum.shared.application;

import java.util.List;

import jakarta.ejb.ApplicationException;

import ca.quorum.shared.domain.RuleViolation;

/**
 * The caller holds a role that reaches this service but may not act on this record (a chair of another body, say):
 * nothing was changed; the API answers 403 with the reason, in the caller's language.
 */
@ApplicationException(rollback = true)
public class NotPermittedException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private NotPermittedException(Refusal refusal) {
        super(List.of(refusal), true);
    }

    /** Refused for a reason of the {@code refusals} bundle. */
    public static NotPermittedException because(String key, Object... args) {
        return new NotPermittedException(RuleViolation.refusal(key, args));
    }
}
