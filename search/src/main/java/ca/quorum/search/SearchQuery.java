package ca.quorum.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search within one municipality, limited to the access levels the caller holds.
 *
 * @param text  what was typed; any characters (quotes make phrases); blank lists everything, newest first
 * @param page  0-based page of results
 */
public record SearchQuery(String municipality, Set<Access> access, String text, Set<String> types,
        Set<String> bodies, Integer year, LocalDate from, LocalDate to, boolean newestFirst, int page, int size) {

    /** The longest text searched for; longer input is cut (and the caller says so). */
    public static final int MAX_TEXT = 500;

    public SearchQuery {
        access = Set.copyOf(access);
        types = types == null ? Set.of() : Set.copyOf(types);
        bodies = bodies == null ? Set.of() : Set.copyOf(bodies);
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        size = Math.max(1, Math.min(size, 100));
        page = Math.max(0, Math.min(page, 99));
    }

    public static SearchQuery of(String municipality, Set<Access> access, String text) {
        return new SearchQuery(municipality, access, text, Set.of(), Set.of(), null, null, null, false, 0, 20);
    }
}
