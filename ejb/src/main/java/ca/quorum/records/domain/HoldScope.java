package ca.quorum.records.domain;

import java.time.LocalDate;
import java.util.Set;

import ca.quorum.shared.domain.RuleViolation;

/**
 * What a legal hold covers: one record, every record of a meeting, of a body, of a date range, or the records a saved
 * search found when the hold was placed (fixed then: a hold never grows or shrinks as the index changes). The same
 * rule is written once more in SQL ({@code record_held} in {@code V12__legal_holds.sql}), where the database refuses
 * changes to held records by any path; {@code LegalHoldIT} proves the two agree for every scope.
 */
public sealed interface HoldScope {

    /** Whether a record in {@code place} falls under this scope. */
    boolean covers(RecordPlace place);

    /** The name the database stores for this scope. */
    String kind();

    /** One record. */
    record OneRecord(RecordKind recordKind, long recordId) implements HoldScope {
        public OneRecord {
            if (recordKind == null || recordId <= 0) {
                throw RuleViolation.because("hold.scope");
            }
        }

        @Override
        public boolean covers(RecordPlace place) {
            return place.kind() == recordKind && place.recordId() == recordId;
        }

        @Override
        public String kind() {
            return "RECORD";
        }
    }

    /** Every record of a meeting: its agenda revisions, minutes, by-laws enacted there, reports placed on it. */
    record Meeting(long meetingId) implements HoldScope {
        public Meeting {
            if (meetingId <= 0) {
                throw RuleViolation.because("hold.scope");
            }
        }

        @Override
        public boolean covers(RecordPlace place) {
            return place.meetingId() != null && place.meetingId() == meetingId;
        }

        @Override
        public String kind() {
            return "MEETING";
        }
    }

    /** Every record of every meeting of a body (council, a committee). */
    record Body(long bodyId) implements HoldScope {
        public Body {
            if (bodyId <= 0) {
                throw RuleViolation.because("hold.scope");
            }
        }

        @Override
        public boolean covers(RecordPlace place) {
            return place.bodyId() != null && place.bodyId() == bodyId;
        }

        @Override
        public String kind() {
            return "BODY";
        }
    }

    /** Every record dated from {@code from} to {@code to}, both included. */
    record DateRange(LocalDate from, LocalDate to) implements HoldScope {
        public DateRange {
            if (from == null || to == null) {
                throw RuleViolation.because("hold.scope");
            }
            if (to.isBefore(from)) {
                throw RuleViolation.because("hold.range", from, to);
            }
        }

        @Override
        public boolean covers(RecordPlace place) {
            return !place.recordedOn().isBefore(from) && !place.recordedOn().isAfter(to);
        }

        @Override
        public String kind() {
            return "DATE_RANGE";
        }
    }

    /** The records a saved search found when the hold was placed. */
    record SavedSearch(String query, Set<RecordPlace.Key> found) implements HoldScope {
        public SavedSearch {
            if (query == null || query.isBlank() || query.strip().length() > 500) {
                throw RuleViolation.because("hold.scope");
            }
            found = Set.copyOf(found);
        }

        @Override
        public boolean covers(RecordPlace place) {
            return found.contains(place.key());
        }

        @Override
        public String kind() {
            return "SEARCH";
        }
    }
}
