package ca.quorum.web.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import ca.quorum.discovery.application.Search;
import ca.quorum.search.SearchQuery;
import ca.quorum.search.SearchResults;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.web.Notices;

/**
 * The search pages: a plain GET form (so every search is a link that can be shared or bookmarked), results with
 * highlighted passages that open the PDF at their page, facets with counts, and paging. Under {@code /foi/} the
 * FOI officer's search, which adds closed and restricted records, labelled.
 */
@Named
@RequestScoped
public class SearchView {

    @EJB
    Search search;

    private boolean foi;
    private String q;
    private List<String> types = List.of();
    private List<String> bodies = List.of();
    private String year;
    private String from;
    private String to;
    private String sort;
    private int page;
    private SearchResults results;

    /** Runs the search before the page renders (a view action), so that its messages show. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        foi = context.getViewRoot() != null && context.getViewRoot().getViewId().startsWith("/foi/");
        Map<String, String[]> parameters = context.getExternalContext().getRequestParameterValuesMap();
        q = Notices.parameter("q");
        types = values(parameters, "type");
        bodies = values(parameters, "body");
        year = Notices.parameter("year");
        from = Notices.parameter("from");
        to = Notices.parameter("to");
        sort = Notices.parameter("sort");
        page = (int) Math.max(0, Notices.idParameter("page"));
        boolean asked = parameters.containsKey("q") || !types.isEmpty() || !bodies.isEmpty() || year != null;
        if (!asked) {
            return;
        }
        try {
            SearchQuery query = SearchParameters.parse(q, types, bodies, year, from, to, sort, page);
            if (q != null && q.strip().length() > SearchQuery.MAX_TEXT) {
                Notices.info(Notices.text("search.truncated", SearchQuery.MAX_TEXT));
            }
            results = foi ? search.foiSearch(query) : search.publicSearch(query);
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    private static List<String> values(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? List.of() : Arrays.stream(values).filter(v -> !v.isBlank()).toList();
    }

    /** This page's address with the same search and another page of results. */
    public String pageLink(int target) {
        String query = getQueryString();
        return "?page=" + target + (query.isEmpty() ? "" : "&" + query);
    }

    /** The search as URL parameters (without the page). */
    public String getQueryString() {
        StringBuilder link = new StringBuilder();
        append(link, "q", q);
        types.forEach(t -> append(link, "type", t));
        bodies.forEach(b -> append(link, "body", b));
        append(link, "year", year);
        append(link, "from", from);
        append(link, "to", to);
        append(link, "sort", sort);
        return link.toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.append(link.isEmpty() ? "" : "&").append(name).append('=').append(java.net.URLEncoder.encode(value,
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** One facet's values with their counts, largest first. */
    public List<Map.Entry<String, Long>> facet(String name) {
        if (results == null || !results.facets().containsKey(name)) {
            return List.of();
        }
        return List.copyOf(results.facets().get(name).entrySet());
    }

    public boolean isFoi() {
        return foi;
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return results != null && (long) (page + 1) * 20 < results.total();
    }

    public int getPage() {
        return page;
    }

    public SearchResults getResults() {
        return results;
    }

    public List<String> getTypeChoices() {
        return SearchParameters.TYPES;
    }

    public boolean chosenType(String type) {
        return types.contains(type);
    }

    public boolean chosenBody(String body) {
        return bodies.contains(body);
    }

    public String getQ() {
        return q;
    }

    public String getYear() {
        return year;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getSort() {
        return sort;
    }
}
