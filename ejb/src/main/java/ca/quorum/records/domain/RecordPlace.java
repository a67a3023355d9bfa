package ca.quorum.records.domain;

import java.time.LocalDate;

/**
 * Where a record belongs, as a hold asks it: which record it is, the meeting and body it belongs to (none for a
 * report not yet placed on an agenda), and the day it is dated.
 */
public record RecordPlace(RecordKind kind, long recordId, Long meetingId, Long bodyId, LocalDate recordedOn) {

    /** A record by its kind and id. */
    public record Key(RecordKind kind, long recordId) implements java.io.Serializable {
    }

    public RecordPlace {
        if (kind == null || recordedOn == null) {
            throw new IllegalArgumentException("a record's place needs its kind and date");
        }
    }

    public Key key() {
        return new Key(kind, recordId);
    }
}
