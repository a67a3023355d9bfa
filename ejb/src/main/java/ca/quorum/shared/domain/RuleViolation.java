package ca.quorum.shared.domain;

import java.util.List;

/**
 * A domain rule refused a change; {@link #reasons()} says why, in words for the person who asked. Declared an
 * application exception with rollback in {@code ejb-jar.xml}, so nothing of a refused change is stored.
 */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public RuleViolation(List<String> reasons) {
        super(String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public RuleViolation(String reason) {
        this(List.of(reason));
    }

    public List<String> reasons() {
        return reasons;
    }
}
