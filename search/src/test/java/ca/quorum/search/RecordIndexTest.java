package ca.quorum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The records index against the real Elasticsearch node that {@code ./quorum test} starts ({@code QUORUM_ES_URL}):
 * access and municipality filters on every query, snippets, facets, page links, and queries that must not fail.
 */
class RecordIndexTest {

    private static final String TOWN = "index-test-" + System.nanoTime();
    private static final String OTHER = "index-other-" + System.nanoTime();
    private static final String MARKER = "zqxmarker" + System.nanoTime();
    private static SearchConnection connection;
    private static RecordIndex index;

    @BeforeAll
    static void open() {
        String url = System.getenv("QUORUM_ES_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "./quorum test provides a search node");
        connection = SearchConnection.open(URI.create(url), Duration.ofSeconds(2), Duration.ofSeconds(20));
        index = new RecordIndex(connection);
        index.ensure();
        LocalDate day = LocalDate.of(2027, 3, 16);
        index.write(List.of(
                new SearchDocument(TOWN + ":PACKET:1:37", TOWN, Access.PUBLIC, "PACKET", 1, "Council packet", "The "
                        + "evaluation of the road salt supply tender found Northern Salt Ltd. compliant.", 37, "Council",
                        day, null, "/api/m/x/meetings/1/packet/pdf", "en"),
                new SearchDocument(TOWN + ":MINUTES:2", TOWN, Access.PUBLIC, "MINUTES", 2, "Procès-verbal",
                        "Les conseillers ont adopté le budget des routes.", 1, "Conseil", day.minusYears(1), null,
                        "/api/m/x/minutes/2/pdf", "fr"),
                new SearchDocument(TOWN + ":MINUTES:3", TOWN, Access.CLOSED, "MINUTES", 3, "Closed session minutes",
                        "Offer to purchase 22 Lakeshore Road at " + MARKER + " dollars; salt.", 1, "Council", day, null,
                        "/api/m/x/minutes/3/pdf", "en"),
                new SearchDocument(OTHER + ":PACKET:9", OTHER, Access.PUBLIC, "PACKET", 9, "Other town's packet",
                        "Road salt supply tender of another municipality " + MARKER, 1, "Council", day, null, "/x",
                        "en")), List.of());
        index.refresh();
    }

    @AfterAll
    static void close() {
        if (index != null) {
            List<String> ids = new java.util.ArrayList<>();
            for (String[] d : new String[][] {{TOWN, "PACKET", "1"}, {TOWN, "MINUTES", "2"}, {TOWN, "MINUTES", "3"},
                {OTHER, "PACKET", "9"}}) {
                ids.addAll(index.idsOf(d[0], List.of(d[1]), List.of(Long.parseLong(d[2]))).get(Long.parseLong(d[2])));
            }
            index.write(List.of(), ids);
            index.refresh();
            assertTrue(index.idsOf(TOWN, List.of("PACKET"), List.of(1L)).get(1L).isEmpty(), "deleted");
            connection.close();
        }
    }

    private static SearchResults publicSearch(String text) {
        return index.search(SearchQuery.of(TOWN, Set.of(Access.PUBLIC), text));
    }

    @Test
    void aPhraseIsFoundDownToThePageWithAHighlightedSnippet() {
        SearchResults results = publicSearch("\"road salt supply\"");
        assertEquals(1, results.total(), results.toString());
        SearchResults.Hit hit = results.hits().get(0);
        assertEquals(37, hit.page());
        assertEquals("/api/m/x/meetings/1/packet/pdf#page=37", hit.link());
        assertTrue(hit.snippets().get(0).contains("<mark>road salt supply</mark>"),
                hit.snippets().toString());
        assertEquals(Long.valueOf(1), results.facets().get("type").get("PACKET"));
    }

    @Test
    void closedContentNeverReachesAPublicAnswerNorItsFacets() {
        SearchResults results = publicSearch(MARKER);
        assertEquals(0, results.total(), "neither the closed document nor the other municipality's");
        SearchResults salt = publicSearch("salt");
        assertTrue(salt.hits().stream().allMatch(h -> h.access() == Access.PUBLIC), salt.toString());
        assertFalse(salt.toString().contains(MARKER));
        assertEquals(Long.valueOf(1), salt.facets().get("type").get("PACKET"));
        assertFalse(salt.facets().get("type").containsKey("MINUTES"), "the closed minutes count nowhere");

        SearchResults foi = index.search(SearchQuery.of(TOWN, EnumSet.allOf(Access.class), MARKER));
        assertEquals(1, foi.total());
        assertEquals(Access.CLOSED, foi.hits().get(0).access());
        assertTrue(foi.hits().get(0).snippets().get(0).contains("<mark>" + MARKER + "</mark>"));
    }

    @Test
    void frenchTextIsFoundWithFrenchStemming() {
        SearchResults results = publicSearch("conseiller adopter route");
        assertEquals(1, results.total(), results.toString());
        assertEquals("MINUTES", results.hits().get(0).type());
    }

    @Test
    void filtersAndFacetsByBodyTypeYearAndDates() {
        SearchResults byYear = index.search(new SearchQuery(TOWN, Set.of(Access.PUBLIC), "", Set.of(), Set.of(), 2026,
                null, null, false, 0, 20));
        assertEquals(1, byYear.total());
        SearchResults byRange = index.search(new SearchQuery(TOWN, Set.of(Access.PUBLIC), "", Set.of("PACKET"),
                Set.of("Council"), null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), true, 0, 20));
        assertEquals(1, byRange.total());
        SearchResults all = publicSearch("");
        assertEquals(2, all.total());
        assertEquals(LocalDate.of(2027, 3, 16), all.hits().get(0).meetingDate(), "an empty query lists newest first");
        assertEquals(Long.valueOf(1), all.facets().get("year").get("2027"));
        assertEquals(Long.valueOf(1), all.facets().get("body").get("Conseil"));
    }

    @Test
    void theRecordsThatHaveDocumentsAreFoundByOneAggregation() {
        assertEquals(Set.of(2L, 3L), index.indexedRecords(TOWN, List.of("MINUTES"), List.of(2L, 3L, 99L)));
        assertEquals(Set.of(), index.indexedRecords(OTHER, List.of("MINUTES", "PACKET"), List.of(2L, 3L)));
    }

    @Test
    void theDocumentsOfARecordWithMoreThanOneSearchReturnsAreAllFound() {
        String town = "ids-" + System.nanoTime();
        List<SearchDocument> pages = new java.util.ArrayList<>();
        for (int page = 1; page <= 10_050; page++) {
            pages.add(new SearchDocument(town + ":PACKET:5:" + page, town, Access.PUBLIC, "PACKET", 5, "Big packet",
                    "page " + page, page, "Council", LocalDate.of(2027, 3, 16), null, "/x", "en"));
        }
        pages.add(new SearchDocument(town + ":PACKET:6:1", town, Access.PUBLIC, "PACKET", 6, "Small packet", "one",
                1, "Council", LocalDate.of(2027, 3, 16), null, "/x", "en"));
        index.write(pages, List.of());
        index.refresh();
        Map<Long, List<String>> ids = index.idsOf(town, List.of("PACKET"), List.of(5L, 6L, 7L));
        assertEquals(10_050, Set.copyOf(ids.get(5L)).size());
        assertEquals(List.of(town + ":PACKET:6:1"), ids.get(6L));
        assertEquals(List.of(), ids.get(7L));
        assertEquals(List.of(), index.idsOf(town, List.of("MINUTES"), List.of(5L)).get(5L), "other types apart");
        index.write(List.of(), pages.stream().map(SearchDocument::id).toList());
        index.refresh();
        assertTrue(index.idsOf(town, List.of("PACKET"), List.of(5L, 6L)).values().stream().allMatch(List::isEmpty));
    }

    @Test
    void reservedCharactersUnbalancedQuotesAndLongInputNeverFail() {
        for (String text : List.of("\"road salt", "(salt OR", "salt && || !", "/regex[", "*", "\\", "salt~~~2",
                "title:salt", "{}[]^:", "<script>alert(1)</script>", "x".repeat(10_000), "   ")) {
            SearchResults results = publicSearch(text);
            assertTrue(results.total() >= 0, text);
        }
        assertEquals(SearchQuery.MAX_TEXT, SearchQuery.of(TOWN, Set.of(Access.PUBLIC), "y".repeat(2_000)).text()
                .length());
    }
}
