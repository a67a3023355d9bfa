package ca.quorum.meeting.domain.minutes;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * What the minutes are about besides the log: the meeting, its members (in roster order) and its agenda items.
 *
 * @param members every member holding a seat that day, by id, with the name the minutes use
 * @param items   the agenda's items by id; closed items carry their full title for the closed-session minutes
 * @param votes   members who cast more than one vote (weighted votes), and how many
 */
public record MinutesSubject(String municipality, String body, String meetingTitle, Instant scheduledStart,
        String location, ZoneId zone, Locale language, Map<Long, String> members, Map<Long, Item> items,
        Map<Long, Integer> votes) {

    /** A subject where every member has one vote. */
    public MinutesSubject(String municipality, String body, String meetingTitle, Instant scheduledStart,
            String location, ZoneId zone, Locale language, Map<Long, String> members, Map<Long, Item> items) {
        this(municipality, body, meetingTitle, scheduledStart, location, zone, language, members, items, Map.of());
    }

    /** An agenda item: number, the title the public may read, the full title, and whether it is closed (s.239). */
    public record Item(String number, String publicTitle, String fullTitle, boolean closed) {
    }

    /** Keeps the members in the order given (the roster's), which is the order the minutes list them in. */
    public MinutesSubject {
        members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
        items = Map.copyOf(items);
        votes = votes == null ? Map.of() : Map.copyOf(votes);
    }

    boolean french() {
        return "fr".equals(language.getLanguage());
    }
}
