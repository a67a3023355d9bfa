package ca.quorum.search;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A page of results with the facet counts of the whole result set. */
public record SearchResults(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) implements Serializable {

    /** One result: what it is, where it links, and the matching passages with {@code <mark>} around the hits. */
    public record Hit(String id, String type, long recordId, String title, Integer page, String body,
            LocalDate meetingDate, String itemNumber, String url, Access access, List<String> snippets)
            implements Serializable {

        /** The link, opening a PDF at the page of the hit. */
        public String link() {
            return page == null || url == null || url.isEmpty() ? url : url + "#page=" + page;
        }
    }
}
