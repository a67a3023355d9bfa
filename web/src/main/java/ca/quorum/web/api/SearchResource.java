package ca.quorum.web.api;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ca.quorum.discovery.application.Search;
import ca.quorum.search.SearchQuery;
import ca.quorum.search.SearchResults;
import ca.quorum.web.search.SearchParameters;

/**
 * Search of a municipality's published records, anonymous: public documents only, whoever asks. The FOI officer's
 * search adds closed and restricted records, each labelled, and exports as CSV.
 */
@Path("m/{municipality}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    @EJB
    Search search;

    @GET
    @Path("search")
    @Operation(summary = "Search agendas, packets, minutes and by-laws: q (quotes for phrases), type, body, year, "
            + "from/to (YYYY-MM-DD), sort=date, page; hits link to the PDF page and carry <mark>ed passages")
    public SearchResults publicSearch(@QueryParam("q") String q, @QueryParam("type") List<String> types,
            @QueryParam("body") List<String> bodies, @QueryParam("year") String year, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page) {
        return search.publicSearch(SearchParameters.parse(q, types, bodies, year, from, to, sort, page));
    }

    @GET
    @Path("foi/search")
    @Operation(summary = "The FOI officer's search: the same, plus closed and restricted records (access level)")
    public SearchResults foiSearch(@QueryParam("q") String q, @QueryParam("type") List<String> types,
            @QueryParam("body") List<String> bodies, @QueryParam("year") String year, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page) {
        return search.foiSearch(SearchParameters.parse(q, types, bodies, year, from, to, sort, page));
    }

    /** Per record type: records in the database, records in the index. */
    public record Consistency(String type, long database, long indexed, boolean consistent) {
    }

    @GET
    @Path("search/consistency")
    @Operation(summary = "Administrators: published records in the database and in the search index, per type")
    public List<Consistency> consistency() {
        return search.consistency().entrySet().stream().map(e -> new Consistency(e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[0] == e.getValue()[1])).toList();
    }

    @jakarta.ws.rs.POST
    @Path("search/reindex")
    @Operation(summary = "Administrators: queue every published record of the municipality for indexing again "
            + "(the indexer replaces each record's documents); answers how many were queued")
    public jakarta.json.JsonObject reindex() {
        return jakarta.json.Json.createObjectBuilder().add("queued", search.reindex()).build();
    }

    @GET
    @Path("foi/search.csv")
    @Produces("text/csv")
    @Operation(summary = "The FOI officer's results as CSV (up to 1,000 rows)")
    public Response foiCsv(@QueryParam("q") String q, @QueryParam("type") List<String> types,
            @QueryParam("body") List<String> bodies, @QueryParam("year") String year, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("sort") String sort) {
        SearchQuery query = SearchParameters.parse(q, types, bodies, year, from, to, sort, 0);
        StreamingOutput body = out -> {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            search.foiCsv(query, writer);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"search-results.csv\"").build();
    }
}
