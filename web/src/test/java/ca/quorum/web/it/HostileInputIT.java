package ca.quorum.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ca.quorum.testing.HostilePdfs;

/**
 * The hostile-input corpus (issue 13): malformed, truncated, bombed, huge, encrypted and JavaScript-bearing PDFs, odd
 * file names, oversized and malformed JSON, odd paths and headers, built here and sent to every upload and every API
 * write the application has (found by reflection, {@link ApiSurface}). Every answer must be below 500, and every
 * refusal must leave the database as it was: the row count of every table is taken before and after each one. The
 * counts are printed and written to {@code target/security/hostile.txt} for {@code ./quorum test} to show.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    static final String LAKEVIEW = "lakeview-harbour";
    static final String DEMO_PASSWORD = "council-demo-2026";
    /** Tables that change on their own while the corpus runs (the indexer's queue) or by design on refusals. */
    static final List<String> MOVING = List.of("search_outbox", "sign_in_attempt", "flyway_schema_history");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private int inputs;
    private int serverErrors;
    private int partial;
    private final List<String> failures = new ArrayList<>();

    private Http http() throws Exception {
        return new Http(base.toURI());
    }

    /** The row count of every table but the moving ones. */
    private static Map<String, Long> counts(Connection db) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet r = db.createStatement().executeQuery("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
            while (r.next()) {
                if (!MOVING.contains(r.getString(1))) {
                    tables.add(r.getString(1));
                }
            }
        }
        String sql = String.join(" union all ", tables.stream().map(t -> "select '" + t + "', count(*) from \"" + t
                + "\"").toList());
        Map<String, Long> counts = new LinkedHashMap<>();
        try (ResultSet r = db.createStatement().executeQuery(sql)) {
            while (r.next()) {
                counts.put(r.getString(1), r.getLong(2));
            }
        }
        return counts;
    }

    /** Sends one hostile input; an answer of 500 or more, or a refusal that stored something, is a failure. */
    private HttpResponse<String> send(Connection db, String what, Http as, String method, String path, byte[] body,
            String... headers) throws Exception {
        Map<String, Long> before = counts(db);
        HttpResponse<String> r;
        try {
            r = as.sendBytes(method, path, body, headers);
        } catch (java.io.IOException e) {
            // the server closed the connection on an input it would not read (an oversized header, say): no 5xx
            inputs++;
            return null;
        }
        inputs++;
        if (r.statusCode() >= 500) {
            serverErrors++;
            failures.add(what + ": " + method + " " + path + " answered " + r.statusCode() + " " + r.body());
        }
        if (r.statusCode() >= 400) {
            Map<String, Long> after = counts(db);
            if (!after.equals(before)) {
                partial++;
                Map<String, String> changed = new LinkedHashMap<>();
                after.forEach((t, n) -> {
                    if (!n.equals(before.get(t))) {
                        changed.put(t, before.get(t) + " -> " + n);
                    }
                });
                failures.add(what + ": refused with " + r.statusCode() + " but stored " + changed);
            }
        }
        return r;
    }

    @Test
    void everyUploadAndApiWriteRefusesHostileInputCleanly() throws Exception {
        Http admin = http().as("admin", DEMO_PASSWORD);
        String password = "Corpus author passphrase 2026";
        admin.createUser(LAKEVIEW, "hostile", "Hostile Input", password, "report-author");
        Http author = http().as("hostile", password);
        HttpResponse<String> drafted = author.postJson("api/m/" + LAKEVIEW + "/reports", "{\"title\":\"Corpus "
                + "target\",\"recommendation\":\"That council receive it.\",\"body\":\"<p>For the corpus.</p>\"}");
        assertEquals(201, drafted.statusCode(), drafted.body());
        long report = ((JsonObject) Http.json(drafted)).getJsonNumber("id").longValue();
        String attachments = "api/m/" + LAKEVIEW + "/reports/" + report + "/attachments";
        Map<String, byte[]> pdfs = new LinkedHashMap<>(HostilePdfs.all());
        pdfs.put("huge.pdf", new byte[60 * 1024 * 1024]); // over the 50 MB upload limit

        try (Connection db = Database.connect()) {
            // every hostile PDF to the upload, and to the anonymous verification
            for (Map.Entry<String, byte[]> pdf : pdfs.entrySet()) {
                HttpResponse<String> r = send(db, "upload " + pdf.getKey(), author, "POST", attachments + "?name="
                        + pdf.getKey(), pdf.getValue(), "Content-Type", "application/pdf");
                if (r != null && r.statusCode() < 300) {
                    failures.add("upload " + pdf.getKey() + " was accepted");
                }
                if (r != null && !pdf.getKey().equals("huge.pdf")) {
                    assertTrue(r.statusCode() == 422 || r.statusCode() == 413, pdf.getKey() + ": " + r.statusCode()
                            + " " + r.body());
                    assertTrue(r.body().contains(pdf.getKey()), "the refusal names the file: " + r.body());
                }
                send(db, "verify " + pdf.getKey(), http(), "POST", "api/m/" + LAKEVIEW + "/verification",
                        pdf.getValue(), "Content-Type", "application/pdf");
            }
            // odd file names with a good file: accepted under a plain name, or refused; never a 5xx
            for (String name : List.of("..%2F..%2Fetc%2Fpasswd.pdf", "%00.pdf", "a".repeat(2000) + ".pdf",
                    "%3Cscript%3Ealert(1)%3C%2Fscript%3E.pdf", "CON.pdf", "%E2%80%AEfdp.exe", "..", "%20")) {
                send(db, "file name " + name, author, "POST", attachments + "?name=" + name, HostilePdfs.plain(),
                        "Content-Type", "application/pdf");
            }
            // malformed, oversized, odd JSON (and no JSON at all) to every API write the application has
            Map<String, byte[]> bodies = new LinkedHashMap<>();
            bodies.put("truncated JSON", "{\"name\":".getBytes(StandardCharsets.UTF_8));
            bodies.put("JSON array", "[]".getBytes(StandardCharsets.UTF_8));
            bodies.put("JSON string", "\"text\"".getBytes(StandardCharsets.UTF_8));
            bodies.put("JSON null", "null".getBytes(StandardCharsets.UTF_8));
            bodies.put("wrong types", "{\"name\":{\"a\":[1,2]},\"scope\":42,\"days\":\"many\",\"member\":\"x\",\"roles\":7}"
                    .getBytes(StandardCharsets.UTF_8));
            bodies.put("deep nesting", ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
            bodies.put("3 MB string", ("{\"name\":\"" + "x".repeat(3 << 20) + "\"}").getBytes(StandardCharsets.UTF_8));
            bodies.put("NUL and control characters", "{\"name\":\"a\\u0000b\\u001b\"}".getBytes(StandardCharsets.UTF_8));
            bodies.put("invalid UTF-8", new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
            for (ApiSurface.Endpoint endpoint : ApiSurface.endpoints()) {
                if (!endpoint.write()) {
                    continue;
                }
                String path = endpoint.path(LAKEVIEW);
                for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
                    send(db, body.getKey() + " to " + endpoint.key(), admin, endpoint.method(), path, body.getValue(),
                            "Content-Type", "application/json");
                }
                send(db, "form post to " + endpoint.key(), admin, endpoint.method(), path,
                        "a=1".getBytes(StandardCharsets.UTF_8), "Content-Type", "application/x-www-form-urlencoded");
                send(db, "no content type to " + endpoint.key(), admin, endpoint.method(), path, new byte[0]);
                if (endpoint.takesPdf()) {
                    send(db, "bomb to " + endpoint.key(), admin, endpoint.method(), path,
                            HostilePdfs.all().get("decompression-bomb.pdf"), "Content-Type", "application/pdf");
                }
            }
            // odd paths and headers
            for (String odd : List.of("m/" + LAKEVIEW + "/x/../admin/users.xhtml", "m/" + LAKEVIEW + "/;jsessionid=x",
                    "m/" + LAKEVIEW + "/%61dmin/users", "m//" + LAKEVIEW + "/", "api/m/" + LAKEVIEW + "/users/..%2f..",
                    "m/" + LAKEVIEW + "/%ff%fe", "api/m/" + LAKEVIEW + "/meetings/-1", "api/m/" + LAKEVIEW
                            + "/meetings/99999999999999999999", "m/" + "x".repeat(5000))) {
                send(db, "odd path " + odd, http(), "GET", odd, null);
                send(db, "odd path write " + odd, admin, "POST", odd, "{}".getBytes(StandardCharsets.UTF_8),
                        "Content-Type", "application/json");
            }
            String meetings = "api/m/" + LAKEVIEW + "/meetings";
            send(db, "garbage language", http(), "GET", meetings, null, "Accept-Language", "zz;q=abc,,;");
            send(db, "garbage forwarded-for", http(), "GET", meetings, null, "X-Forwarded-For", "not-an-address, ::::");
            send(db, "garbage authorization", http(), "GET", meetings, null, "Authorization", "Basic !!!");
            send(db, "empty bearer", http(), "GET", meetings, null, "Authorization", "Bearer ");
            send(db, "huge header", http(), "GET", meetings, null, "X-Padding", "p".repeat(40_000));
            send(db, "odd accept", http(), "GET", meetings, null, "Accept", "application/x-nothing");
            send(db, "odd origin write", admin, "POST", "api/m/" + LAKEVIEW + "/tokens",
                    "{}".getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json", "Origin", "null",
                    "Sec-Fetch-Site", "cross-site");
        }
        String summary = "hostile: inputs=" + inputs + " 5xx=" + serverErrors + " partial=" + partial;
        System.out.println(summary);
        Files.createDirectories(Path.of("target/security"));
        Files.writeString(Path.of("target/security/hostile.txt"), summary + System.lineSeparator());
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(inputs > 300, "the corpus is the size it should be: " + inputs);
    }
}
