package ca.quorum.web.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ca.quorum.search.SearchQuery;
import ca.quorum.shared.domain.RuleViolation;

/**
 * What a person or a program asks for, read from request parameters: every problem named at once (a bad date, a
 * year that is not one), nothing left to the search engine to reject. The municipality and access levels are set by
 * the service, never from here.
 */
public final class SearchParameters {

    /** The document types a search may be limited to. */
    public static final List<String> TYPES = List.of("AGENDA", "AGENDA_ITEM", "REPORT", "ATTACHMENT",
            "PACKET", "MOTION", "MINUTES", "BYLAW");

    private SearchParameters() {
    }

    public static SearchQuery parse(String text, List<String> types, List<String> bodies, String year, String from,
            String to, String sort, int page) {
        List<String> problems = new ArrayList<>();
        Integer y = null;
        if (year != null && !year.isBlank()) {
            try {
                y = Integer.valueOf(year.strip());
                if (y < 1800 || y > 2200) {
                    problems.add("The year must be between 1800 and 2200.");
                }
            } catch (NumberFormatException e) {
                problems.add("The year must be a number, like 2027.");
            }
        }
        LocalDate start = date(from, "from", problems);
        LocalDate end = date(to, "to", problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add("The end date is before the start date.");
        }
        Set<String> kinds = types == null ? Set.of() : types.stream().filter(t -> t != null && !t.isBlank())
                .map(t -> t.strip().toUpperCase()).collect(Collectors.toSet());
        if (!TYPES.containsAll(kinds)) {
            problems.add("Document types are " + String.join(", ", TYPES) + ".");
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        Set<String> names = bodies == null ? Set.of() : bodies.stream().filter(b -> b != null && !b.isBlank())
                .map(String::strip).collect(Collectors.toSet());
        return new SearchQuery("", Set.of(), text, kinds, names, y, start, end, "date".equals(sort),
                Math.max(0, page), 20);
    }

    private static LocalDate date(String value, String which, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add("The " + which + " date must be written YYYY-MM-DD.");
            return null;
        }
    }
}
