package ca.quorum.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * The records index: its versioned mapping (English and French analysis of titles and text), writes in bulk, and
 * searches that always filter on the municipality and on the caller's access levels. The index is
 * {@code quorum-records-v<N>} behind the alias {@code quorum-records}; a new mapping version is a new index filled by
 * a reindex from the database, then the alias moves.
 */
public final class RecordIndex {

    public static final String ALIAS = "quorum-records";
    public static final int VERSION = 2; // 2: records management's retention metadata
    public static final String INDEX = ALIAS + "-v" + VERSION;

    private static final String MAPPING = """
            {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
             "mappings": {"dynamic": "strict", "properties": {
               "municipality": {"type": "keyword"}, "access": {"type": "keyword"}, "type": {"type": "keyword"},
               "recordId": {"type": "long"},
               "title": {"type": "text", "analyzer": "english",
                         "fields": {"fr": {"type": "text", "analyzer": "french"}}},
               "text": {"type": "text", "analyzer": "english",
                        "fields": {"fr": {"type": "text", "analyzer": "french"}}},
               "page": {"type": "integer"}, "body": {"type": "keyword"}, "meetingDate": {"type": "date"},
               "year": {"type": "integer"}, "itemNumber": {"type": "keyword"},
               "url": {"type": "keyword", "index": false}, "language": {"type": "keyword"},
               "retentionClass": {"type": "keyword"}, "disposalFrom": {"type": "date"},
               "finalAction": {"type": "keyword"}}}}
            """;

    /** The most documents one search returns (the engine's default result window). */
    private static final int PAGE = 10_000;

    private final ElasticsearchClient client;

    public RecordIndex(SearchConnection connection) {
        this.client = connection.client();
    }

    /** Creates the current index version and its alias when they are missing. */
    public void ensure() {
        try {
            if (!client.indices().exists(e -> e.index(INDEX)).value()) {
                try {
                    client.indices().create(c -> c.index(INDEX).withJson(new StringReader(MAPPING)));
                } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                    // another caller (the indexer, a search) created it at the same moment
                    if (!"resource_already_exists_exception".equals(e.error().type())) {
                        throw e;
                    }
                }
            }
            if (!client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
                client.indices().putAlias(a -> a.index(INDEX).name(ALIAS));
            } else {
                // an index of an earlier mapping version: the alias moves to this one (filled again from the
                // database by the reindex that its absence starts), and the old one goes
                List<String> older = new ArrayList<>(client.indices().getAlias(a -> a.name(ALIAS)).aliases()
                        .keySet());
                older.remove(INDEX);
                if (!older.isEmpty()) {
                    client.indices().updateAliases(u -> {
                        older.forEach(o -> u.actions(x -> x.remove(r -> r.index(o).alias(ALIAS))));
                        return u.actions(x -> x.add(ad -> ad.index(INDEX).alias(ALIAS)));
                    });
                    for (String o : older) {
                        client.indices().delete(d -> d.index(o));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the current index exists (a new search node, or one whose data was lost, has none). */
    public boolean exists() {
        try {
            return client.indices().exists(e -> e.index(INDEX)).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the current index (a reindex builds it again). */
    public void drop() {
        try {
            if (client.indices().exists(e -> e.index(INDEX)).value()) {
                client.indices().delete(d -> d.index(INDEX));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes documents (replacing those with the same ids) and deletes the given ids; fails on any item error. */
    public void write(List<SearchDocument> documents, List<String> deletions) {
        if (documents.isEmpty() && deletions.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (SearchDocument d : documents) {
            bulk.operations(op -> op.index(i -> i.index(ALIAS).id(d.id()).document(d.source())));
        }
        for (String id : deletions) {
            bulk.operations(op -> op.delete(x -> x.index(ALIAS).id(id)));
        }
        try {
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                String first = response.items().stream().filter(i -> i.error() != null
                        && !"not_found".equals(i.result())).map(i -> i.id() + ": " + i.error().reason())
                        .findFirst().orElse(null);
                if (first != null) {
                    throw new IllegalStateException("the search engine refused " + first);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The ids of these records' documents of these types, by record (every record present, with none when it has
     * none): one search, and a scroll through all of them when there are more than one search returns.
     */
    public Map<Long, List<String>> idsOf(String municipality, Collection<String> types, Collection<Long> recordIds) {
        Map<Long, List<String>> ids = new LinkedHashMap<>();
        recordIds.forEach(r -> ids.put(r, new ArrayList<>()));
        if (recordIds.isEmpty()) {
            return ids;
        }
        Query query = recordsQuery(municipality, types, recordIds);
        try {
            @SuppressWarnings("rawtypes")
            SearchResponse<Map> found = client.search(s -> s.index(ALIAS).size(PAGE).trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes("recordId"))).query(query), Map.class);
            if (found.hits().total() == null || found.hits().total().value() <= found.hits().hits().size()) {
                collect(found.hits().hits(), ids);
                return ids;
            }
            @SuppressWarnings("rawtypes")
            SearchResponse<Map> first = client.search(s -> s.index(ALIAS).size(PAGE).scroll(t -> t.time("1m"))
                    .source(src -> src.filter(f -> f.includes("recordId"))).query(query), Map.class);
            String scrollId = first.scrollId();
            try {
                @SuppressWarnings("rawtypes")
                List<Hit<Map>> hits = first.hits().hits();
                while (!hits.isEmpty()) {
                    collect(hits, ids);
                    String current = scrollId;
                    @SuppressWarnings("rawtypes")
                    co.elastic.clients.elasticsearch.core.ScrollResponse<Map> next = client.scroll(r -> r
                            .scrollId(current).scroll(t -> t.time("1m")), Map.class);
                    scrollId = next.scrollId();
                    hits = next.hits().hits();
                }
            } finally {
                String last = scrollId;
                client.clearScroll(c -> c.scrollId(last));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("rawtypes")
    private static void collect(List<Hit<Map>> hits, Map<Long, List<String>> ids) {
        for (Hit<Map> hit : hits) {
            long record = ((Number) hit.source().get("recordId")).longValue();
            ids.computeIfAbsent(record, r -> new ArrayList<>()).add(hit.id());
        }
    }

    private static Query recordsQuery(String municipality, Collection<String> types, Collection<Long> recordIds) {
        return Query.of(q -> q.bool(b -> b.filter(term("municipality", municipality))
                .filter(f -> f.terms(t -> t.field("type").terms(v -> v.value(types.stream().map(FieldValue::of)
                        .toList()))))
                .filter(f -> f.terms(t -> t.field("recordId").terms(v -> v.value(recordIds.stream()
                        .map(FieldValue::of).toList()))))));
    }

    /** Makes what was written visible to searches now (tests and reindexing; searches see it within a second anyway). */
    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(ALIAS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Which of these records have at least one document, by one aggregation on the record ids. */
    public java.util.Set<Long> indexedRecords(String municipality, Collection<String> types,
            Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return java.util.Set.of();
        }
        try {
            SearchResponse<Void> response = client.search(s -> s.index(ALIAS).size(0)
                    .query(recordsQuery(municipality, types, recordIds))
                    .aggregations("records", a -> a.terms(t -> t.field("recordId").size(recordIds.size()))),
                    Void.class);
            java.util.Set<Long> found = new java.util.HashSet<>();
            response.aggregations().get("records").lterms().buckets().array().forEach(b -> found.add(b.key()));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearchResults search(SearchQuery query) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        bool.filter(term("municipality", query.municipality()));
        bool.filter(f -> f.terms(t -> t.field("access").terms(v -> v.value(query.access().stream()
                .map(a -> FieldValue.of(a.name())).toList()))));
        if (!query.types().isEmpty()) {
            bool.filter(f -> f.terms(t -> t.field("type").terms(v -> v.value(query.types().stream()
                    .map(FieldValue::of).toList()))));
        }
        if (!query.bodies().isEmpty()) {
            bool.filter(f -> f.terms(t -> t.field("body").terms(v -> v.value(query.bodies().stream()
                    .map(FieldValue::of).toList()))));
        }
        if (query.year() != null) {
            bool.filter(f -> f.term(t -> t.field("year").value(query.year())));
        }
        if (query.from() != null || query.to() != null) {
            bool.filter(f -> f.range(r -> r.date(d -> {
                d.field("meetingDate");
                if (query.from() != null) {
                    d.gte(query.from().toString());
                }
                if (query.to() != null) {
                    d.lte(query.to().toString());
                }
                return d;
            })));
        }
        if (query.text().isEmpty()) {
            bool.must(m -> m.matchAll(a -> a));
        } else {
            bool.must(m -> m.simpleQueryString(q -> q.query(query.text())
                    .fields("title^3", "title.fr^2", "text", "text.fr").defaultOperator(Operator.And)));
        }
        Query built = bool.build()._toQuery();
        boolean byDate = query.newestFirst() || query.text().isEmpty();
        try {
            SearchResponse<Map> response = client.search(s -> {
                s.index(ALIAS).query(built).from(query.page() * query.size()).size(query.size())
                        .source(src -> src.filter(f -> f.excludes("text"))) // the passages come as highlights
                        .trackTotalHits(t -> t.enabled(true))
                        .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                                .fields(co.elastic.clients.util.NamedValue.of("text",
                                        co.elastic.clients.elasticsearch.core.search.HighlightField.of(
                                                f -> f.fragmentSize(180).numberOfFragments(2))))
                                .fields(co.elastic.clients.util.NamedValue.of("text.fr",
                                        co.elastic.clients.elasticsearch.core.search.HighlightField.of(
                                                f -> f.fragmentSize(180).numberOfFragments(2)))))
                        .aggregations("type", a -> a.terms(t -> t.field("type").size(20)))
                        .aggregations("body", a -> a.terms(t -> t.field("body").size(50)))
                        .aggregations("year", a -> a.terms(t -> t.field("year").size(50)));
                if (byDate) {
                    s.sort(o -> o.field(f -> f.field("meetingDate").order(SortOrder.Desc).missing("_last")));
                }
                return s;
            }, Map.class);
            List<SearchResults.Hit> hits = new ArrayList<>();
            for (Hit<Map> hit : response.hits().hits()) {
                Map<?, ?> source = hit.source();
                List<String> snippets = new ArrayList<>(hit.highlight().getOrDefault("text", List.of()));
                if (snippets.isEmpty()) {
                    snippets.addAll(hit.highlight().getOrDefault("text.fr", List.of()));
                }
                Object date = source.get("meetingDate");
                Object page = source.get("page");
                hits.add(new SearchResults.Hit(hit.id(), (String) source.get("type"),
                        ((Number) source.get("recordId")).longValue(), (String) source.get("title"),
                        page == null ? null : ((Number) page).intValue(), (String) source.get("body"),
                        date == null ? null : LocalDate.parse((String) date), (String) source.get("itemNumber"),
                        (String) source.get("url"), Access.valueOf((String) source.get("access")), snippets));
            }
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            for (String name : List.of("type", "body", "year")) {
                Map<String, Long> counts = new LinkedHashMap<>();
                Aggregate aggregate = response.aggregations().get(name);
                if (aggregate.isSterms()) {
                    for (StringTermsBucket b : aggregate.sterms().buckets().array()) {
                        counts.put(b.key().stringValue(), b.docCount());
                    }
                } else if (aggregate.isLterms()) {
                    for (LongTermsBucket b : aggregate.lterms().buckets().array()) {
                        counts.put(Long.toString(b.key()), b.docCount());
                    }
                }
                facets.put(name, counts);
            }
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new SearchResults(total, hits, facets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
