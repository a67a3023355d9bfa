package ca.quorum.meeting.application;

import java.io.Serializable;
import java.time.Instant;

/** One saved version of draft minutes, for the history list. */
public record MinutesVersionView(int version, String editedBy, Instant editedAt, String note, String html)
        implements Serializable {
}
