package ca.quorum.meeting.application;

import java.io.Serializable;
import java.time.Instant;

/** A motion carried at a meeting, as a clerk picks it to adopt minutes or enact a by-law. */
public record CarriedMotion(long meetingId, String meetingTitle, Instant meetingStart, long motion, String text)
        implements Serializable {

    /** The value a page's choice carries: {@code meeting:motion}. */
    public String key() {
        return meetingId + ":" + motion;
    }

    public String label() {
        return meetingTitle + " \u2014 " + motion + ". " + (text.length() > 80 ? text.substring(0, 79) + "\u2026"
                : text);
    }
}
