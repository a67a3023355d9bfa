package ca.quorum.records.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.quorum.shared.domain.RuleViolation;

/**
 * The trigger of a {@link RetentionTrigger#SUPERSEDED} rule along a chain of versions (agenda revisions, minutes
 * versions, a plan's versions): each version is superseded the day the next one takes its place; the current one is
 * not superseded, so its clock has not started.
 */
public final class Supersession {

    private Supersession() {
    }

    /**
     * For versions that took effect on {@code effective} (oldest first), the day each was superseded; empty for the
     * current one.
     *
     * @throws RuleViolation when a version takes effect before the one it replaces
     */
    public static List<Optional<LocalDate>> supersededOn(List<LocalDate> effective) {
        List<Optional<LocalDate>> superseded = new ArrayList<>(effective.size());
        for (int i = 0; i < effective.size(); i++) {
            if (i + 1 < effective.size() && effective.get(i + 1).isBefore(effective.get(i))) {
                throw RuleViolation.because("retention.versionsOutOfOrder", i + 2, i + 1);
            }
            superseded.add(i + 1 < effective.size() ? Optional.of(effective.get(i + 1)) : Optional.empty());
        }
        return superseded;
    }
}
