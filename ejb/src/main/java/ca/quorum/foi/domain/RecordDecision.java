package ca.quorum.foi.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ca.quorum.shared.domain.RuleViolation;

/**
 * The head's decision on one responsive record (MFIPPA s.19, s.22): released, released in part (severed under the
 * sections relied on, s.4(2)), withheld (under the sections relied on), no such record, or outside the Act (s.52(3)).
 * A refusal states its sections (s.22(1)(b)); a release relies on none.
 */
public record RecordDecision(Outcome outcome, Set<Exemption> sections) {

    /** What is decided for a record. */
    public enum Outcome {
        RELEASE, RELEASE_IN_PART, WITHHOLD, NO_RECORD, EXCLUDED
    }

    public RecordDecision {
        sections = Set.copyOf(new LinkedHashSet<>(sections == null ? List.of() : sections));
        List<RuleViolation.Refusal> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(RuleViolation.refusal("foi.decisionOutcome"));
        } else {
            switch (outcome) {
                case RELEASE, NO_RECORD -> {
                    if (!sections.isEmpty()) {
                        problems.add(RuleViolation.refusal("foi.releaseWithoutSections"));
                    }
                }
                case RELEASE_IN_PART, WITHHOLD -> {
                    if (sections.isEmpty()) {
                        problems.add(RuleViolation.refusal("foi.refusalNeedsSections"));
                    }
                    if (sections.stream().anyMatch(Exemption::exclusion)) {
                        problems.add(RuleViolation.refusal("foi.exclusionIsNotAnExemption"));
                    }
                }
                case EXCLUDED -> {
                    if (sections.isEmpty() || !sections.stream().allMatch(Exemption::exclusion)) {
                        problems.add(RuleViolation.refusal("foi.excludedNeedsExclusion"));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.of(problems);
        }
    }

    /** Whether a mandatory ground is relied on: the head had no discretion to release that part. */
    public boolean mandatory() {
        return sections.stream().anyMatch(Exemption::mandatory);
    }
}
