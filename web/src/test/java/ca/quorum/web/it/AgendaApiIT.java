package ca.quorum.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API for bodies, meetings, agendas and packets, on the demo council meeting whose agenda is published:
 * anonymous callers get the public versions, the clerk the complete ones, and every PDF carries its SHA-256.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgendaApiIT {

    private static final String PASSWORD = "council-demo-2026";
    private static final String API = "api/m/lakeview-harbour/";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Http http() throws Exception {
        return new Http(base.toURI());
    }

    /** The demo meeting with a published agenda (other tests may have published others). */
    private long publishedMeeting() throws Exception {
        for (JsonValue m : (JsonArray) Http.json(http().get(API + "meetings?limit=200"))) {
            long id = ((JsonObject) m).getJsonNumber("id").longValue();
            HttpResponse<String> agenda = http().get(API + "meetings/" + id + "/agenda");
            if (agenda.statusCode() == 200 && agenda.body().contains("2027 Road Salt Supply Tender")) {
                return id;
            }
        }
        throw new AssertionError("no demo meeting has a published agenda");
    }

    private JsonObject awaitPacket(long meeting) throws Exception {
        for (int i = 0; i < 240; i++) {
            JsonObject packet = (JsonObject) Http.json(http().get(API + "meetings/" + meeting + "/packet"));
            if (!packet.isNull("published")) {
                return packet.getJsonObject("published");
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the demo packet was not published");
    }

    @Test
    void theAnonymousPublicGetsThePublicAgendaAndTheClerkTheCompleteOne() throws Exception {
        long meeting = publishedMeeting();
        HttpResponse<String> anonymous = http().get(API + "meetings/" + meeting + "/agenda");
        assertEquals(200, anonymous.statusCode());
        assertTrue(anonymous.body().contains("Proposed acquisition of land, Ward 1"), anonymous.body());
        assertTrue(anonymous.body().contains("2027 Road Salt Supply Tender"));
        assertFalse(anonymous.body().contains("Lakeshore Road"), "the public agenda names the closed item");
        assertFalse(anonymous.body().contains("Confidential appraisal"));
        assertEquals("PUBLIC", ((JsonObject) Http.json(anonymous)).getString("audience"));

        HttpResponse<String> clerk = http().as("clerk", PASSWORD).get(API + "meetings/" + meeting + "/agenda");
        assertEquals(200, clerk.statusCode());
        assertTrue(clerk.body().contains("Offer to purchase 22 Lakeshore Road"), clerk.body());

        HttpResponse<String> revisions = http().get(API + "meetings/" + meeting + "/agenda/revisions");
        JsonObject first = ((JsonArray) Http.json(revisions)).getJsonObject(0);
        assertEquals(1, first.getInt("number"));
        HttpResponse<byte[]> pdf = http().getBytes(API + "meetings/" + meeting + "/agenda/revisions/1/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals(first.getString("pdfSha256"), sha256(pdf.body()));
        assertFalse(text(pdf.body()).contains("Lakeshore Road"));
    }

    @Test
    void thePacketIsDownloadedWithItsSha256AndOnlyTheClerkRebuildsIt() throws Exception {
        long meeting = publishedMeeting();
        JsonObject published = awaitPacket(meeting);
        HttpResponse<byte[]> packet = http().getBytes(API + "meetings/" + meeting + "/packet/pdf");
        assertEquals(200, packet.statusCode());
        assertEquals("application/pdf", packet.headers().firstValue("Content-Type").orElse(""));
        String sha = sha256(packet.body());
        assertEquals(published.getString("sha256"), sha);
        assertEquals(sha, packet.headers().firstValue("X-Content-SHA256").orElse(""));
        java.nio.file.Path file = java.nio.file.Files.createTempFile("packet", ".pdf");
        java.nio.file.Files.write(file, packet.body());
        Process qpdf = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
        String check = new String(qpdf.getInputStream().readAllBytes());
        assertEquals(0, qpdf.waitFor(), "qpdf --check of the published packet: " + check);
        String text = text(packet.body());
        assertTrue(text.contains("Tender T-2027-04: Road Salt Supply"), "the report's attachment is in the packet");
        assertFalse(text.contains("Lakeshore Road"));

        HttpResponse<byte[]> complete = http().as("clerk", PASSWORD).getBytes(API + "meetings/" + meeting
                + "/packet/pdf");
        assertTrue(text(complete.body()).contains("Offer to purchase 22 Lakeshore Road"));
        assertFalse(sha.equals(sha256(complete.body())), "the members' packet is another file");

        assertEquals(401, http().postJson(API + "meetings/" + meeting + "/packet", "{}").statusCode());
        assertEquals(403, http().as("author", PASSWORD).postJson(API + "meetings/" + meeting + "/packet", "{}")
                .statusCode());
        assertEquals(404, http().get(API + "meetings/999999/agenda").statusCode());
        assertEquals(404, http().get("api/m/pinecrest/meetings/" + meeting + "/agenda").statusCode(),
                "another municipality's meeting does not exist here");
    }

    @Test
    void bodiesShowMembersWithTheirTermsAndTheApiIsDescribed() throws Exception {
        JsonArray bodies = (JsonArray) Http.json(http().get(API + "bodies"));
        long council = bodies.stream().map(JsonObject.class::cast).filter(b -> b.getString("kind").equals("COUNCIL"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonObject body = (JsonObject) Http.json(http().get(API + "bodies/" + council));
        assertEquals(9, body.getJsonArray("members").size());
        assertEquals("2026-11-15", body.getJsonArray("members").getJsonObject(0).getString("termStart"));
        String openapi = http().get("openapi").body();
        for (String path : new String[] {"/api/m/{municipality}/bodies/{body}", "/api/m/{municipality}/meetings/{meeting}",
                "/api/m/{municipality}/meetings/{meeting}/agenda", "/api/m/{municipality}/meetings/{meeting}/packet/pdf"}) {
            assertTrue(openapi.contains(path), path + " is not in the OpenAPI description");
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theRecordsManagerKeepsThePlanOverTheApiAndEveryoneElseOnlyReadsIt() throws Exception {
        Http records = http().as("records", "council-demo-2026");
        HttpResponse<String> plan = records.get(API + "records/plan");
        assertEquals(200, plan.statusCode(), plan.body());
        assertTrue(plan.body().contains("\"code\":\"C01.03\"") && plan.body().contains("PERMANENT"), plan.body());
        String code = "Z" + (System.nanoTime() % 1000);
        String body = "{\"titleEn\":\"Test class\",\"titleFr\":\"Classe d’essai\",\"parent\":\"A\","
                + "\"ruleCode\":\"C+1\",\"activeMonths\":12,\"inactiveMonths\":0,\"trigger\":\"CREATED\","
                + "\"fromYearEnd\":true,\"action\":\"DESTROY\"}";
        HttpResponse<String> added = records.putJson(API + "records/plan/" + code, body);
        assertEquals(200, added.statusCode(), added.body());
        assertTrue(records.get(API + "records/plan").body().contains("\"code\":\"" + code + "\""));
        HttpResponse<String> bad = records.send("PUT", API + "records/plan/" + code, body.replace("12", "-3"),
                "Content-Type", "application/json", "Accept-Language", "fr");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("ne peuvent pas être négatifs"), bad.body());
        assertEquals(403, http().as("clerk", "council-demo-2026").putJson(API + "records/plan/" + code, body)
                .statusCode(), "the clerk reads the plan, only the records manager changes it");
        assertEquals(200, http().as("clerk", "council-demo-2026").get(API + "records/plan").statusCode());
        assertEquals(401, http().get(API + "records/plan").statusCode());
        assertEquals(204, records.delete(API + "records/plan/" + code).statusCode());
        assertEquals(400, records.delete(API + "records/plan/A").statusCode(), "classes sit under A");
        HttpResponse<String> filing = records.delete(API + "records/plan/C03");
        assertEquals(400, filing.statusCode());
        assertTrue(filing.body().contains("STAFF_REPORT"), "new reports are filed there: " + filing.body());
    }
}
