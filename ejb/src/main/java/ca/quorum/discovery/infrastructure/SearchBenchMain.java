package ca.quorum.discovery.infrastructure;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import ca.quorum.documents.infrastructure.PageText;
import ca.quorum.documents.infrastructure.RecordPdf;

/**
 * The search benchmark ({@code ./quorum bench search APP DB ES RECORDS}), against a running application: it stores
 * RECORDS one-page by-laws with realistic text across two municipalities (500 distinct tagged PDFs each, as the
 * application renders them, with their page text stored as the application stores it with a published PDF), queues them in the search outbox and times the application's indexer until the outbox
 * is drained; bulk-indexes the same documents straight into another index of the same node with the same mapping;
 * then times queries through the public search API and the equivalent query sent to Elasticsearch directly. Prints
 * {@code search: p50_ms=… p95_ms=… direct_p95_ms=… ratio=… index_per_s=… raw_index_per_s=… index_ratio=…}.
 */
public final class SearchBenchMain {

    private static final String[] TOWNS = {"lakeview-harbour", "pinecrest"};
    private static final int PDFS_PER_TOWN = 500;
    private static final String[] WORDS = ("council staff report recommendation budget capital road salt sidewalk "
            + "winter maintenance tender contract award harbour ferry terminal trail extension drainage culvert bridge "
            + "rehabilitation library hours arena roof replacement water main sewer wastewater treatment plant "
            + "official plan amendment zoning by-law variance minor committee adjustment heritage designation park "
            + "playground splash pad recreation program fees user charges tax levy assessment reserve fund debenture "
            + "procurement policy purchasing insurance claim liability risk emergency management fire station "
            + "ambulance police services board transit bus route accessibility AODA plan facility audit energy "
            + "conservation climate change adaptation stormwater flooding shoreline erosion dredging marina dock "
            + "development charges subdivision agreement site plan approval parking lot traffic calming speed limit "
            + "crosswalk intersection signal streetlight tree planting urban forest invasive species waste collection "
            + "recycling organics landfill transfer station animal control licensing cannabis retail short term "
            + "rental housing affordable seniors community grant festival canada day volunteer recognition "
            + "delegation deputation petition correspondence motion notice reconsideration closed session").split(" ");

    private SearchBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String app = args[0];
        String db = args[1];
        String es = args[2];
        int records = Integer.parseInt(args[3]);
        // HTTP/1.1 to both: Java's client would otherwise upgrade to cleartext HTTP/2 where the server offers it
        // (WildFly does, Elasticsearch does not), and the two paths would not be compared over the same protocol
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Random random = new Random(2027);
        List<List<String[]>> corpus = new ArrayList<>(); // per town: {fileId, text}
        try (Connection c = DriverManager.getConnection(db, "postgres", "postgres")) {
            c.setAutoCommit(false);
            for (String town : TOWNS) {
                corpus.add(storePdfs(c, town, random));
            }
            c.commit();
            storeByLaws(c, records, corpus);
            c.commit();
            System.err.println("stored " + records + " by-laws; queueing them for the indexer");
            long start = System.nanoTime();
            try (PreparedStatement queue = c.prepareStatement("insert into search_outbox (tenant, record_type, "
                    + "record_id, created_at, next_attempt_at) select tenant, 'BYLAW', id, now(), now() from bylaw "
                    + "where number like 'BENCH-%'")) {
                queue.executeUpdate();
            }
            c.commit();
            long waiting;
            do {
                Thread.sleep(500);
                try (ResultSet left = c.createStatement().executeQuery("select count(*) from search_outbox where "
                        + "done_at is null")) {
                    left.next();
                    waiting = left.getLong(1);
                }
                c.commit();
            } while (waiting > 0);
            double indexSeconds = (System.nanoTime() - start) / 1e9;
            double indexPerSecond = records / indexSeconds;
            System.err.printf(Locale.ROOT, "outbox: %d documents in %.1f s%n", records, indexSeconds);

            double rawPerSecond = rawBulk(http, es, records, corpus);
            System.err.printf(Locale.ROOT, "raw bulk: %.0f documents/s%n", rawPerSecond);

            double[] through = new double[400];
            double[] direct = new double[400];
            for (int i = -50; i < through.length; i++) { // 50 warm-up queries of each kind
                String town = TOWNS[Math.abs(i) % 2];
                String query = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
                long t0 = System.nanoTime();
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(app + "/api/m/" + town
                        + "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString());
                long t1 = System.nanoTime();
                HttpResponse<String> raw = http.send(HttpRequest.newBuilder(URI.create(es + "/quorum-records/_search"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(directQuery(town, query))).build(),
                        HttpResponse.BodyHandlers.ofString());
                long t2 = System.nanoTime();
                if (answer.statusCode() != 200 || raw.statusCode() != 200) {
                    throw new IllegalStateException("query failed: " + answer.body() + " / " + raw.body());
                }
                if (i >= 0) {
                    through[i] = (t1 - t0) / 1e6;
                    direct[i] = (t2 - t1) / 1e6;
                }
            }
            Arrays.sort(through);
            Arrays.sort(direct);
            double p50 = through[through.length / 2];
            double p95 = through[(int) (through.length * 0.95)];
            double directP95 = direct[(int) (direct.length * 0.95)];
            System.out.printf(Locale.ROOT, "search: p50_ms=%.1f p95_ms=%.1f direct_p95_ms=%.1f ratio=%.2f "
                    + "index_per_s=%.0f raw_index_per_s=%.0f index_ratio=%.2f%n", p50, p95, directP95, p95 / directP95,
                    indexPerSecond, rawPerSecond, indexPerSecond / rawPerSecond);
        }
    }

    private static String paragraph(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }

    private static List<String[]> storePdfs(Connection c, String town, Random random) throws Exception {
        List<String[]> files = new ArrayList<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (PreparedStatement file = c.prepareStatement("insert into stored_file (tenant, sha256, size, media_type, "
                + "created_at) values (?, ?, ?, 'application/pdf', now()) returning id");
                PreparedStatement chunk = c.prepareStatement("insert into stored_file_chunk (file_id, seq, data) "
                        + "values (?, 0, ?)");
                PreparedStatement pages = c.prepareStatement("insert into stored_file_page (file_id, page, text) "
                        + "values (?, ?, ?)")) {
            for (int k = 0; k < PDFS_PER_TOWN; k++) {
                String text = paragraph(random, 90) + " " + paragraph(random, 90);
                byte[] pdf = RecordPdf.render("By-law " + k, "en-CA", "<h1>By-law " + k + "</h1><p>" + text
                        + "</p>", town);
                file.setString(1, town);
                file.setString(2, HexFormat.of().formatHex(sha.digest(pdf)));
                file.setLong(3, pdf.length);
                long id;
                try (ResultSet r = file.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
                chunk.setLong(1, id);
                chunk.setBytes(2, pdf);
                chunk.executeUpdate();
                // the page text, extracted as the application's FileStore does when it stores a published PDF
                List<String> texts = PageText.of(pdf);
                for (int page = 0; page < texts.size(); page++) {
                    pages.setLong(1, id);
                    pages.setInt(2, page + 1);
                    pages.setString(3, texts.get(page));
                    pages.executeUpdate();
                }
                files.add(new String[] {Long.toString(id), String.join("\n", texts), "By-law " + k});
            }
        }
        return files;
    }

    private static void storeByLaws(Connection c, int records, List<List<String[]>> corpus) throws Exception {
        try (PreparedStatement byLaw = c.prepareStatement("insert into bylaw (tenant, number, title, html, "
                + "first_reading, second_reading, third_reading, enacted_on, meeting_id, motion, registered_at, "
                + "registered_by, pdf_id) values (?, ?, ?, '<p>bench</p>', ?, ?, ?, ?, ?, 1, now(), 'bench', ?)")) {
            for (int t = 0; t < TOWNS.length; t++) {
                long meeting;
                try (PreparedStatement m = c.prepareStatement("select id from meeting where tenant = ? order by id "
                        + "limit 1")) {
                    m.setString(1, TOWNS[t]);
                    try (ResultSet r = m.executeQuery()) {
                        r.next();
                        meeting = r.getLong(1);
                    }
                }
                for (int i = t; i < records; i += TOWNS.length) {
                    String[] file = corpus.get(t).get(i % PDFS_PER_TOWN);
                    java.sql.Date day = java.sql.Date.valueOf(LocalDate.of(2015 + i % 12, 1 + i % 12, 1 + i % 28));
                    byLaw.setString(1, TOWNS[t]);
                    byLaw.setString(2, "BENCH-" + i);
                    byLaw.setString(3, file[2] + " (" + i + ")");
                    byLaw.setDate(4, day);
                    byLaw.setDate(5, day);
                    byLaw.setDate(6, day);
                    byLaw.setDate(7, day);
                    byLaw.setLong(8, meeting);
                    byLaw.setLong(9, Long.parseLong(file[0]));
                    byLaw.addBatch();
                    if (i % 2000 < TOWNS.length) {
                        byLaw.executeBatch();
                    }
                }
                byLaw.executeBatch();
            }
        }
    }

    /** The same documents bulk-indexed straight into {@code bench-raw}, with the records index's mapping. */
    private static double rawBulk(HttpClient http, String es, int records, List<List<String[]>> corpus)
            throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(es + "/bench-raw")).DELETE().build(),
                HttpResponse.BodyHandlers.discarding());
        String mapping = http.send(HttpRequest.newBuilder(URI.create(es + "/quorum-records-v1/_mapping")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String properties = mapping.substring(mapping.indexOf("\"mappings\":") + 11, mapping.lastIndexOf('}') - 1);
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(es + "/bench-raw"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0},\"mappings\":" + properties
                                + "}")).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 200) {
            throw new IllegalStateException("bench-raw: " + created.body());
        }
        long start = System.nanoTime();
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < records; i++) {
            int t = i % TOWNS.length;
            String[] file = corpus.get(t).get(i % PDFS_PER_TOWN);
            LocalDate day = LocalDate.of(2015 + i % 12, 1 + i % 12, 1 + i % 28);
            bulk.append("{\"index\":{\"_id\":\"").append(TOWNS[t]).append(":BYLAW:").append(i).append(":1\"}}\n")
                    .append("{\"municipality\":\"").append(TOWNS[t]).append("\",\"access\":\"PUBLIC\",")
                    .append("\"type\":\"BYLAW\",\"recordId\":").append(i).append(",\"title\":")
                    .append(json("By-law BENCH-" + i + ": " + file[2])).append(",\"text\":").append(json(file[1]))
                    .append(",\"page\":1,\"body\":\"Council\",\"meetingDate\":\"").append(day)
                    .append("\",\"year\":").append(day.getYear()).append(",\"itemNumber\":\"BENCH-").append(i)
                    .append("\",\"url\":\"/x\",\"language\":\"en\"}\n");
            if ((i + 1) % 500 == 0 || i == records - 1) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(es + "/bench-raw/_bulk"))
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(bulk.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200 || r.body().contains("\"errors\":true")) {
                    throw new IllegalStateException("bulk: " + r.body().substring(0, Math.min(500, r.body().length())));
                }
                bulk.setLength(0);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        http.send(HttpRequest.newBuilder(URI.create(es + "/bench-raw")).DELETE().build(),
                HttpResponse.BodyHandlers.discarding());
        return records / seconds;
    }

    /** The query the public search sends (RecordIndex.search), written out for Elasticsearch directly. */
    private static String directQuery(String town, String text) {
        return "{\"from\":0,\"size\":20,\"track_total_hits\":true,\"_source\":{\"excludes\":[\"text\"]},\"query\":{\"bool\":{\"filter\":["
                + "{\"term\":{\"municipality\":" + json(town) + "}},{\"terms\":{\"access\":[\"PUBLIC\"]}}],"
                + "\"must\":[{\"simple_query_string\":{\"query\":" + json(text) + ",\"fields\":[\"title^3\","
                + "\"title.fr^2\",\"text\",\"text.fr\"],\"default_operator\":\"and\"}}]}},"
                + "\"highlight\":{\"encoder\":\"html\",\"pre_tags\":[\"<mark>\"],\"post_tags\":[\"</mark>\"],"
                + "\"fields\":[{\"text\":{\"fragment_size\":180,\"number_of_fragments\":2}},{\"text.fr\":"
                + "{\"fragment_size\":180,\"number_of_fragments\":2}}]},\"aggregations\":{"
                + "\"type\":{\"terms\":{\"field\":\"type\",\"size\":20}},\"body\":{\"terms\":{\"field\":\"body\","
                + "\"size\":50}},\"year\":{\"terms\":{\"field\":\"year\",\"size\":50}}}}";
    }

    private static String json(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        s.append(String.format("\\u%04x", (int) ch));
                    } else {
                        s.append(ch);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
