package ca.quorum.meeting.application;

import java.io.Serializable;

/** A motion carried at a meeting, as a clerk picks it to adopt minutes or enact a by-law. */
public record CarriedMotion(long meetingId, long motion, String text) implements Serializable {

    public String label() {
        return "Motion " + motion + ": " + (text.length() > 90 ? text.substring(0, 89) + "\u2026" : text);
    }
}
