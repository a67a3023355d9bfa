package ca.quorum.web.it;

import static ca.quorum.web.it.Journey.assertAccessible;
import static ca.quorum.web.it.Journey.clickId;
import static ca.quorum.web.it.Journey.waiting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * After a meeting, the clerk writes the draft minutes from the log and edits them; the next meeting adopts them;
 * the chair (the mayor) and the clerk sign them; a visitor downloads the PDF and the public verification page
 * confirms both signatures. Meetings are scheduled in the browser and run through the console's API.
 */
@ExtendWith(ArquillianExtension.class)
class MinutesJourneyIT {

    private static final String API = Journey.API;
    private static ChromeDriver clerk;
    private static ChromeDriver mayor;
    private static ChromeDriver visitor;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowsers() throws Exception {
        clerk = Browser.start();
        mayor = Browser.start();
        visitor = Browser.start();
    }

    @AfterAll
    static void stopBrowsers() {
        for (ChromeDriver driver : new ChromeDriver[] {clerk, mayor, visitor}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    private JsonObject post(String path, String json) throws Exception {
        return Journey.post(base, path, json);
    }

    /** Schedules a council meeting in the browser with one report item; returns its id. */
    private long schedule(String title, int daysAhead, String item) {
        clerk.get(base + "m/lakeview-harbour/clerk/calendar");
        new Select(clerk.findElement(By.id("schedule:body"))).selectByVisibleText("Council");
        clerk.findElement(By.id("schedule:title")).sendKeys(title);
        ((JavascriptExecutor) clerk).executeScript("document.getElementById('schedule:date').value = arguments[0];"
                + "document.getElementById('schedule:time').value = '19:00';",
                LocalDate.now().plusDays(daysAhead).toString());
        clerk.findElement(By.id("schedule:location")).sendKeys("Council Chamber");
        clerk.findElement(By.id("schedule:submit")).click();
        waiting(clerk).until(ExpectedConditions.urlContains("/clerk/agenda?meeting="));
        long meeting = Long.parseLong(clerk.getCurrentUrl().replaceAll(".*meeting=(\\d+).*", "$1"));
        new Select(clerk.findElement(By.id("agenda:section"))).selectByVisibleText("6. Reports and Motions");
        clerk.findElement(By.id("agenda:item-title")).sendKeys(item);
        clerk.findElement(By.id("agenda:add")).click();
        waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda"), item));
        return meeting;
    }

    /** Through the console's API: every member present, the meeting called to order, item 6.1 taken up. */
    private Map<String, Long> openOnItem61(String live) throws Exception {
        Map<String, Long> members = Journey.councilMembers(base);
        for (long member : members.values()) {
            post(live + "attendance", "{\"member\":" + member + ",\"presence\":\"IN_PERSON\"}");
        }
        post(live + "call-to-order", "{}");
        post(live + "item", "{\"number\":\"6.1\"}");
        return members;
    }

    /** Holds the meeting through the console's API: all present, one carried recorded vote, adjourned. */
    private void hold(long meeting, String motionText) throws Exception {
        String live = API + "meetings/" + meeting + "/live/";
        Map<String, Long> members = openOnItem61(live);
        decide(live, members, "{\"mover\":" + members.get("Councillor Grace Chen") + ",\"text\":\"" + motionText
                + "\"}", true);
        post(live + "adjournment", "{}");
    }

    /** Every member's hand on a motion: moved, seconded, voted by all, closed; the motion's id. */
    private long decide(String live, Map<String, Long> members, String motionJson, boolean recorded)
            throws Exception {
        return decide(live, "motions", members, motionJson, recorded);
    }

    private long decide(String live, String command, Map<String, Long> members, String motionJson, boolean recorded)
            throws Exception {
        JsonObject moved = post(live + command, motionJson);
        jakarta.json.JsonArray motions = moved.getJsonArray("motions");
        long motion = motions.getJsonObject(motions.size() - 1).getJsonNumber("id").longValue();
        voteAll(live, members, motion, recorded);
        return motion;
    }

    private void voteAll(String live, Map<String, Long> members, long motion, boolean recorded) throws Exception {
        post(live + "motions/" + motion + "/seconder", "{\"member\":" + members.get("Councillor Daniel Moreau") + "}");
        post(live + "motions/" + motion + "/vote", "{\"recorded\":" + recorded + "}");
        for (long member : members.values()) {
            post(live + "ballots", "{\"member\":" + member + ",\"choice\":\"YES\",\"ballotId\":\"v-" + motion + "-"
                    + member + "-" + System.nanoTime() + "\"}");
        }
        post(live + "vote/close", "{}");
    }

    /**
     * Holds a meeting through the console's API with a closed session (under its resolution) in which a direction
     * carrying {@code marker} is moved and carried, then rise and report: {@code decision} carried by a recorded vote
     * in open session. An anonymous WebSocket client follows the display's pushes throughout; returns them.
     */
    private java.util.List<String> holdWithClosedSession(long meeting, String motionText, String marker,
            String decision) throws Exception {
        java.util.List<String> pushed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.net.http.WebSocket socket = java.net.http.HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(java.net.URI.create(base.toString().replaceFirst("^http", "ws") + "live/lakeview-harbour/"
                        + meeting), new java.net.http.WebSocket.Listener() {
                            private final StringBuilder message = new StringBuilder();

                            @Override
                            public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket ws,
                                    CharSequence data, boolean last) {
                                message.append(data);
                                if (last) {
                                    pushed.add(message.toString());
                                    message.setLength(0);
                                }
                                ws.request(1);
                                return null;
                            }
                        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        String live = API + "meetings/" + meeting + "/live/";
        Map<String, Long> members = openOnItem61(live);
        decide(live, members, "{\"mover\":" + members.get("Councillor Grace Chen") + ",\"text\":\"" + motionText
                + "\"}", true);
        long resolution = decide(live, "closed-session-resolution", members, "{\"mover\":"
                + members.get("Councillor Grace Chen")
                + ",\"reasons\":[\"239(2)(c)\"],\"nature\":\"a proposed acquisition of land\"}", false);
        post(live + "closed-session", "{\"resolution\":" + resolution + "}");
        decide(live, members, "{\"mover\":" + members.get("Councillor Grace Chen") + ",\"kind\":\"DIRECTION_TO_STAFF\","
                + "\"text\":\"That staff negotiate " + marker + ".\"}", false);
        post(live + "open-session", "{}");
        decide(live, members, "{\"mover\":" + members.get("Councillor Grace Chen") + ",\"text\":\"" + decision
                + "\"}", true);
        post(live + "adjournment", "{}");
        Thread.sleep(1500); // the last pushes are asynchronous
        socket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "done");
        return pushed;
    }

    @Test
    void minutesAreWrittenEditedAdoptedSignedAndVerified() throws Exception {
        Journey.signIn(clerk, base, "clerk");
        long held = schedule("Council: minutes journey", 120, "Sidewalk winter maintenance");
        String marker = "zqxcamera" + held;
        String decision = "That Council acquire the trail easement zqxreported" + held + " as reported.";
        java.util.List<String> pushed = holdWithClosedSession(held, "That Council approve the sidewalk winter "
                + "maintenance plan.", marker, decision);
        // over HTTP, as anyone: the motion moved in closed session is on no public surface; the decision is
        assertTrue(pushed.size() > 10, "the display's pushes: " + pushed.size());
        assertTrue(pushed.stream().noneMatch(p -> p.contains(marker)), "no push carries the closed motion");
        assertTrue(pushed.stream().anyMatch(p -> p.contains(decision)), "the rise-and-report decision is pushed");
        String publicLive = new Http(base.toURI()).get(API + "meetings/" + held + "/live").body();
        assertTrue(publicLive.contains(decision) && !publicLive.contains(marker), publicLive);
        String registry = new Http(base.toURI()).get("m/lakeview-harbour/declarations").body();
        assertTrue(!registry.contains(marker), "nor the registry of declarations");

        clerk.get(base + "m/lakeview-harbour/clerk/minutes?meeting=" + held);
        clickId(clerk, "minutes:generate");
        waiting(clerk).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ql-editor")));
        String draft = clerk.findElement(By.cssSelector(".ql-editor")).getText();
        assertTrue(draft.contains("That Council approve the sidewalk winter maintenance plan."), draft);
        assertTrue(draft.contains("Moved by Councillor Grace Chen, seconded by Councillor Daniel Moreau"), draft);
        assertAccessible(clerk, "minutes editor");
        var editor = clerk.findElement(By.cssSelector(".ql-editor"));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER,
                "Councillor Chen asked staff to report on salt use in the spring.");
        clickId(clerk, "minutes:save");
        waiting(clerk).until(ExpectedConditions.textToBe(By.id("minutes-version"), "2"));
        assertTrue(clerk.findElement(By.id("history")).getText().contains("edited"));

        long next = schedule("Council: adopts the minutes", 134, "Adoption of the minutes");
        hold(next, "That the minutes of the previous meeting be adopted as amended.");
        clerk.get(base + "m/lakeview-harbour/clerk/minutes?meeting=" + held);
        new Select(clerk.findElement(By.id("minutes:adoption")))
                .selectByVisibleText("Council: adopts the minutes \u2014 1. That the minutes of the previous meeting "
                        + "be adopted as amended.");
        clickId(clerk, "minutes:adopt");
        waiting(clerk).until(ExpectedConditions.textToBe(By.id("minutes-status"), "Adopted"));
        assertTrue(clerk.findElement(By.id("minutes-text")).getText()
                .contains("Councillor Chen asked staff to report on salt use in the spring."));
        clickId(clerk, "minutes:sign");
        waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("signatures"), "Clerk:"));
        assertAccessible(clerk, "adopted minutes");
        clerk.get(base + "m/lakeview-harbour/clerk/signing");
        assertTrue(clerk.findElement(By.id("municipal-key")).getText().contains("Town of Lakeview Harbour"));
        assertAccessible(clerk, "signing certificates");

        Journey.signIn(mayor, base, "mayor");
        mayor.get(base + "m/lakeview-harbour/meeting?id=" + held);
        clickId(mayor, "manage-minutes");
        waiting(mayor).until(ExpectedConditions.presenceOfElementLocated(By.id("minutes:sign")));
        clickId(mayor, "minutes:sign");
        waiting(mayor).until(ExpectedConditions.textToBePresentInElementLocated(By.id("signatures"), "Chair:"));
        String signatures = mayor.findElement(By.id("signatures")).getText();
        assertTrue(signatures.contains("Eleanor Whitfield, Chair") && signatures.contains("Clerk:"), signatures);

        visitor.get(base + "m/lakeview-harbour/meeting?id=" + held);
        String href = waiting(visitor).until(d -> d.findElement(By.cssSelector("a.minutes-pdf"))).getAttribute("href");
        HttpResponse<byte[]> pdf = new Http(base.toURI()).getBytes(href.substring(href.indexOf("api/m/")));
        assertEquals(200, pdf.statusCode());
        Path file = Files.createTempFile("minutes", ".pdf");
        Files.write(file, pdf.body());
        Process pdfsig = new ProcessBuilder("pdfsig", "-nocert", file.toString()).redirectErrorStream(true).start();
        String report = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        pdfsig.waitFor();
        assertEquals(2, report.split("Signature Validation: Signature is Valid\\.", -1).length - 1, report);

        jakarta.json.JsonArray listed = (jakarta.json.JsonArray) Http.json(new Http(base.toURI())
                .get(API + "meetings/" + held + "/minutes"));
        assertEquals(1, listed.size(), "a visitor's API answer lists the adopted open minutes only: " + listed);
        String publicMinutes = listed.getJsonObject(0).getString("html");
        assertTrue(publicMinutes.contains("zqxreported" + held) && !publicMinutes.contains(marker), publicMinutes);
        String found = new Http(base.toURI()).get(API + "search?q=zqxreported" + held).body();
        for (int i = 0; i < 120 && !found.contains("zqxreported" + held); i++) {
            Thread.sleep(500);
            found = new Http(base.toURI()).get(API + "search?q=zqxreported" + held).body();
        }
        assertTrue(found.contains("Resolution C-"), "the decision is found by the public, with its number: " + found);
        assertTrue(new Http(base.toURI()).get(API + "search?q=" + marker).body().contains("\"total\":0"),
                "the closed motion is not");
        assertEquals(2, listed.getJsonObject(0).getJsonArray("signatures").size());
        JsonObject verified = (JsonObject) Http.json(new Http(base.toURI()).get(API + "verification?sha256="
                + listed.getJsonObject(0).getString("pdfSha256")));
        assertTrue(verified.getBoolean("record") && verified.getJsonArray("signatures").size() == 2, verified.toString());

        visitor.get(base + "m/lakeview-harbour/verify");
        assertAccessible(visitor, "verification page");
        visitor.findElement(By.id("verify:file")).sendKeys(file.toString());
        clickId(visitor, "verify:check");
        waiting(visitor).until(ExpectedConditions.textToBe(By.id("verification-heading"),
                "This is a record of this municipality"));
        String answer = visitor.findElement(By.id("verification")).getText();
        assertTrue(answer.contains("Minutes: Council: minutes journey"), answer);
        assertEquals(2, visitor.findElements(By.cssSelector("#verified-signatures li.signature-valid")).size(), answer);
        assertTrue(answer.contains("Eleanor Whitfield, Chair") && answer.contains(", Clerk"), answer);
        assertAccessible(visitor, "verification answer");

        byte[] changed = pdf.body().clone();
        changed[changed.length / 3] ^= 1;
        Path altered = Files.createTempFile("altered", ".pdf");
        Files.write(altered, changed);
        visitor.get(base + "m/lakeview-harbour/verify");
        visitor.findElement(By.id("verify:file")).sendKeys(altered.toString());
        clickId(visitor, "verify:check");
        waiting(visitor).until(ExpectedConditions.textToBe(By.id("verification-heading"),
                "Not a record of this municipality"));

        visitor.get(base + "m/lakeview-harbour/bylaws");
        assertAccessible(visitor, "by-law registry");
        visitor.get(base + "m/lakeview-harbour/verify?lang=fr");
        assertEquals("fr", visitor.findElement(By.tagName("html")).getAttribute("lang"));
        visitor.findElement(By.id("verify:sha")).sendKeys("0".repeat(64));
        clickId(visitor, "verify:check");
        waiting(visitor).until(ExpectedConditions.textToBe(By.id("verification-heading"),
                "Ce n'est pas un document de cette municipalité"));
        assertAccessible(visitor, "verification page in French");

        // the FOI officer finds closed-session minutes, labelled, and may export the results
        visitor.get(base + "m/lakeview-harbour/verify?lang=en");
        Journey.signIn(visitor, base, "foi");
        visitor.get(base + "m/lakeview-harbour/foi/search?q=" + java.net.URLEncoder.encode("\"authorised persons only\"",
                StandardCharsets.UTF_8));
        waiting(visitor).until(d -> {
            d.navigate().refresh();
            return d.findElements(By.cssSelector("#results .access-CLOSED")).size() > 0;
        });
        assertTrue(visitor.findElement(By.id("csv")).getAttribute("href").contains("/foi/search.csv?q="));
        assertAccessible(visitor, "FOI search results");
    }
}
