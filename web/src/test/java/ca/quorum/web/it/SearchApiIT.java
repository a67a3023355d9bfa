package ca.quorum.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The search API over HTTP: anonymous answers never carry closed-session content (the demo's closed-session minutes),
 * the FOI officer's do, labelled, and export as CSV; odd input gets results or a clear 400, never a server error.
 */
@ExtendWith(ArquillianExtension.class)
class SearchApiIT {

    private static final String API = Journey.API;
    /** Words only the demo's closed-session minutes contain. */
    private static final String CLOSED_ONLY = "\"authorised persons only\"";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        return new Http(base.toURI()).get(API + path);
    }

    private HttpResponse<String> asFoi(String path) throws Exception {
        return new Http(base.toURI()).as("foi", Journey.PASSWORD).get(API + path);
    }

    /** The FOI officer's first hit of this type for the query, waiting up to 90 s for the indexer. */
    private JsonObject awaitFoi(String query, String type) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            HttpResponse<String> r = asFoi("foi/search?type=" + type + "&q=" + q(query));
            assertEquals(200, r.statusCode(), r.body());
            JsonObject found = (JsonObject) Http.json(r);
            if (found.getInt("total") > 0) {
                return found.getJsonArray("hits").getJsonObject(0);
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no " + type + " for " + query + " within 90 s: " + found);
            }
            Thread.sleep(500);
        }
    }

    @Test
    void closedSessionMinutesReachTheFoiOfficerAndNeverTheAnonymousApi() throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        JsonObject foi;
        do {
            HttpResponse<String> r = asFoi("foi/search?q=" + q(CLOSED_ONLY));
            assertEquals(200, r.statusCode(), r.body());
            foi = (JsonObject) Http.json(r);
            if (foi.getInt("total") > 0 || Instant.now().isAfter(until)) {
                break;
            }
            Thread.sleep(500);
        } while (true);
        assertTrue(foi.getInt("total") >= 1, "the demo's closed-session minutes are indexed: " + foi);
        JsonObject hit = foi.getJsonArray("hits").getJsonObject(0);
        assertEquals("CLOSED", hit.getString("access"));
        assertEquals("MINUTES", hit.getString("type"));

        HttpResponse<String> csv = new Http(base.toURI()).as("foi", Journey.PASSWORD)
                .get(API + "foi/search.csv?q=" + q(CLOSED_ONLY));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("access,type,title,page,body,meeting_date,item,link,passage"), csv.body());
        assertTrue(csv.body().contains("CLOSED,MINUTES,Closed session minutes"), csv.body());

        HttpResponse<String> open = anonymous("search?q=" + q(CLOSED_ONLY));
        assertEquals(200, open.statusCode());
        assertEquals(0, ((JsonObject) Http.json(open)).getInt("total"), open.body());
        HttpResponse<String> everything = anonymous("search?q=&type=MINUTES");
        assertFalse(everything.body().contains("Closed session") || everything.body().contains("CLOSED"),
                "no closed document, snippet or facet in a public answer: " + everything.body());
        assertTrue(((JsonObject) Http.json(everything)).getInt("total") >= 1, "the adopted open minutes are public");

        // the closed agenda item of the demo's published agenda: its text reaches the FOI officer only
        String closedItem = "\"Confidential appraisal attached to the closed report\"";
        JsonObject item = awaitFoi(closedItem + " 22 Lakeshore", "AGENDA_ITEM");
        assertEquals("CLOSED", item.getString("access"));
        HttpResponse<String> hidden = anonymous("search?q=" + q(closedItem));
        assertEquals(0, ((JsonObject) Http.json(hidden)).getInt("total"), hidden.body());
        HttpResponse<String> lakeshore = anonymous("search?q=" + q("Lakeshore"));
        assertFalse(lakeshore.body().contains("Lakeshore") || lakeshore.body().contains("Confidential"),
                lakeshore.body());

        // an open report's attachment is public, found at its page, and its link opens it for anyone
        JsonObject attachment = awaitFoi("\"Great Lakes Minerals\"", "ATTACHMENT");
        assertEquals("PUBLIC", attachment.getString("access"));
        String url = attachment.getString("url");
        assertTrue(url.matches("/api/m/lakeview-harbour/meetings/\\d+/agenda/attachments/\\d+/pdf"), url);
        assertEquals(1, attachment.getInt("page"), "the bidders are on the attachment's first page");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve(url))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));

        assertEquals(401, anonymous("foi/search?q=x").statusCode(), "the FOI search needs a signed-in officer");
        assertEquals(403, new Http(base.toURI()).as("clerk", Journey.PASSWORD).get(API + "foi/search?q=x")
                .statusCode(), "and only an FOI officer");
    }

    @Test
    void administratorsCheckConsistencyAndReindex() throws Exception {
        Http admin = new Http(base.toURI()).as("admin", Journey.PASSWORD);
        assertEquals(403, new Http(base.toURI()).as("foi", Journey.PASSWORD).get(API + "search/consistency")
                .statusCode());
        HttpResponse<String> queued = admin.postJson(API + "search/reindex", "{}");
        assertEquals(200, queued.statusCode(), queued.body());
        assertTrue(((JsonObject) Http.json(queued)).getInt("queued") >= 3, queued.body());
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        String body;
        do {
            HttpResponse<String> check = admin.get(API + "search/consistency");
            assertEquals(200, check.statusCode(), check.body());
            body = check.body();
            if (!body.contains("\"consistent\":false") || Instant.now().isAfter(until)) {
                break;
            }
            Thread.sleep(500);
        } while (true);
        assertFalse(body.contains("\"consistent\":false"), body);
        assertTrue(body.contains("\"type\":\"MINUTES\"") && body.contains("\"type\":\"BYLAW\""), body);
    }

    @Test
    void oddInputGetsResultsOrAClearMessageNeverAServerError() throws Exception {
        for (String text : List.of("\"unclosed", "(salt OR", "a && || !", "/regex[", "*", "\\", "title:salt",
                "{}[]^:~", "<script>alert(1)</script>", "%", "x".repeat(5_000), "")) {
            HttpResponse<String> r = anonymous("search?q=" + q(text));
            assertEquals(200, r.statusCode(), text + ": " + r.body());
        }
        HttpResponse<String> year = anonymous("search?q=salt&year=abc");
        assertEquals(400, year.statusCode());
        assertTrue(year.body().contains("The year must be a number"), year.body());
        HttpResponse<String> dates = anonymous("search?q=salt&from=2027-13-01&to=yesterday");
        assertEquals(400, dates.statusCode());
        assertTrue(dates.body().contains("The from date must be written YYYY-MM-DD.")
                && dates.body().contains("The to date must be written YYYY-MM-DD."), dates.body());
        HttpResponse<String> type = anonymous("search?q=salt&type=SECRETS");
        assertEquals(400, type.statusCode());
        HttpResponse<String> page = new Http(base.toURI()).get("m/lakeview-harbour/search?q=" + q("\"unclosed ((")
                + "&year=abc");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("The year must be a number"), "the page shows the message");
    }
}
