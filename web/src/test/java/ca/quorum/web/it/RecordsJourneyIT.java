package ca.quorum.web.it;

import static ca.quorum.web.it.Journey.assertAccessible;
import static ca.quorum.web.it.Journey.clickId;
import static ca.quorum.web.it.Journey.waiting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;

import jakarta.json.JsonArray;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The records manager in the browser: places a legal hold on a meeting from the holds page (a refusal first, in
 * French), sees it cover the meeting's records, lifts it with a reason; runs the fixity check; creates a class on the
 * plan page, holds one of two past meetings, runs a disposition batch that skips the held meeting, approves and
 * executes it, and downloads the certificate of destruction; every page axe-clean.
 */
@ExtendWith(ArquillianExtension.class)
class RecordsJourneyIT {

    private static ChromeDriver records;
    private static ChromeDriver clerk;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowser() throws Exception {
        records = Browser.start();
        clerk = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        for (ChromeDriver driver : new ChromeDriver[] {records, clerk}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    @Test
    void theRecordsManagerPlacesAndLiftsAHoldOnAMeetingAndChecksFixity() throws Exception {
        Journey.signIn(records, base, "records");
        records.findElement(By.linkText("Legal holds")).click();
        waiting(records).until(ExpectedConditions.urlContains("/records/holds"));
        assertAccessible(records, "legal holds page");

        // a hold without a matter is refused, in French on the French page, and nothing is placed
        records.get(base + "m/lakeview-harbour/records/holds?lang=fr");
        assertEquals("fr", records.findElement(By.tagName("html")).getAttribute("lang"));
        clickId(records, "holds:place");
        waiting(records).until(ExpectedConditions.textToBePresentInElementLocated(By.id("holds:messages"),
                "indique le nom de l’affaire"));
        assertAccessible(records, "legal holds page in French, with a refusal");
        records.get(base + "m/lakeview-harbour/records/holds?lang=en");

        Select meetings = new Select(records.findElement(By.id("holds:meeting")));
        WebElement chosen = meetings.getOptions().get(1);
        String meetingLabel = chosen.getText();
        long meeting = Long.parseLong(chosen.getAttribute("value"));
        String matter = "Smith v. Lakeview Harbour " + System.nanoTime();
        records.findElement(By.id("holds:matter")).sendKeys(matter);
        records.findElement(By.id("holds:reason")).sendKeys("Statement of claim served");
        records.findElement(By.cssSelector("input[name='holds:scope'][value='MEETING']")).click();
        meetings.selectByIndex(1);
        clickId(records, "holds:place");
        waiting(records).until(ExpectedConditions.textToBePresentInElementLocated(By.id("holds:messages"),
                "is placed"));
        WebElement row = records.findElement(By.xpath("//table[@id='hold-list']//tr[th[contains(., '" + matter
                + "')]]"));
        assertTrue(row.getText().contains(meetingLabel.substring(meetingLabel.indexOf('·') + 2)), row.getText());
        assertTrue(row.getText().contains("Active"), row.getText());
        assertAccessible(records, "legal holds page with a hold");

        // the API shows the same hold covering the meeting's records
        Http api = new Http(base.toURI()).as("records", Journey.PASSWORD);
        JsonObject hold = ((JsonArray) Http.json(api.get("api/m/lakeview-harbour/records/holds"))).stream()
                .map(JsonObject.class::cast).filter(h -> h.getString("matter").equals(matter)).findFirst()
                .orElseThrow();
        HttpResponse<String> covered = api.get("api/m/lakeview-harbour/records/holds/"
                + hold.getJsonNumber("id").longValue() + "/records");
        assertEquals(200, covered.statusCode(), covered.body());
        assertEquals(hold.getJsonNumber("records").longValue(), ((JsonArray) Http.json(covered)).size());
        assertEquals("MEETING", hold.getString("scope"));
        assertTrue(meeting > 0);

        // lifting needs a reason; with one, the hold is kept as lifted
        WebElement liftReason = row.findElement(By.cssSelector("input[type=text]"));
        liftReason.sendKeys("Claim settled");
        row.findElement(By.cssSelector("input[type=submit]")).click();
        waiting(records).until(ExpectedConditions.textToBePresentInElementLocated(By.id("holds:messages"),
                "is lifted"));
        WebElement lifted = records.findElement(By.xpath("//table[@id='hold-list']//tr[th[contains(., '" + matter
                + "')]]"));
        assertTrue(lifted.getText().contains("Claim settled"), lifted.getText());
        assertTrue(lifted.getText().contains("Lifted"), lifted.getText());

        // fixity: the check runs on request and the page shows what it found
        records.get(base + "m/lakeview-harbour/records/fixity");
        assertAccessible(records, "fixity page");
        clickId(records, "fixity:run");
        waiting(records).until(ExpectedConditions.textToBePresentInElementLocated(By.id("fixity:messages"),
                "files checked"));
        // (whether every file matches is the store's state after the whole suite: the restore drill re-hashes them)
        String lastRun = records.findElement(By.id("last-run")).getText();
        assertTrue(lastRun.contains("files (") && lastRun.contains("by records@lakeview-harbour"), lastRun);
        assertAccessible(records, "fixity page after a check");
    }

    /** The clerk schedules a council meeting {@code daysAgo} in the past and publishes its agenda; its id. */
    private long pastMeetingPublished(String title, int daysAgo) {
        Journey.signIn(clerk, base, "clerk");
        clerk.get(base + "m/lakeview-harbour/clerk/calendar");
        new Select(clerk.findElement(By.id("schedule:body"))).selectByVisibleText("Council");
        clerk.findElement(By.id("schedule:title")).sendKeys(title);
        ((org.openqa.selenium.JavascriptExecutor) clerk).executeScript("document.getElementById('schedule:date')"
                + ".value = arguments[0]; document.getElementById('schedule:time').value = '19:00';",
                java.time.LocalDate.now().minusDays(daysAgo).toString());
        clerk.findElement(By.id("schedule:location")).sendKeys("Council Chamber");
        clerk.findElement(By.id("schedule:submit")).click();
        waiting(clerk).until(ExpectedConditions.urlContains("/clerk/agenda?meeting="));
        long meeting = Long.parseLong(clerk.getCurrentUrl().replaceAll(".*meeting=(\\d+).*", "$1"));
        clickId(clerk, "agenda:publish");
        Journey.waiting(clerk, 120).until(ExpectedConditions.presenceOfElementLocated(By.id("packet-link")));
        return meeting;
    }

    private long agendaRevision(Http api, long meeting) throws Exception {
        HttpResponse<String> r = api.get("api/m/lakeview-harbour/records/meetings/" + meeting);
        assertEquals(200, r.statusCode(), r.body());
        return ((JsonArray) Http.json(r)).stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("kind").equals("AGENDA_REVISION")).findFirst().orElseThrow()
                .getJsonNumber("recordId").longValue();
    }

    @Test
    void theRecordsManagerCreatesAClassHoldsAMeetingAndDestroysTheOtherUnderASignedCertificate() throws Exception {
        String stamp = Long.toString(System.nanoTime() % 1_000_000_000L);
        String code = "J" + stamp;
        long due = pastMeetingPublished("Council: working copy " + stamp, 30);
        long kept = pastMeetingPublished("Council: disputed copy " + stamp, 31);

        // the plan page: a refused class (in French), then a class whose agendas are destroyed the day after
        Journey.signIn(records, base, "records");
        records.findElement(By.linkText("Classification plan")).click();
        waiting(records).until(ExpectedConditions.urlContains("/records/plan"));
        assertAccessible(records, "classification plan");
        records.get(base + "m/lakeview-harbour/records/plan?lang=fr");
        clickId(records, "plan:save");
        waiting(records).until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan:messages"),
                "Une règle de conservation a un code"));
        assertAccessible(records, "classification plan in French, with a refusal");
        records.get(base + "m/lakeview-harbour/records/plan?lang=en");
        records.findElement(By.id("plan:code")).sendKeys(code);
        records.findElement(By.id("plan:title-en")).sendKeys("Working copies " + stamp);
        records.findElement(By.id("plan:title-fr")).sendKeys("Copies de travail " + stamp);
        records.findElement(By.id("plan:rule-code")).sendKeys("M+0");
        new Select(records.findElement(By.id("plan:trigger"))).selectByValue("MEETING_DATE");
        if (records.findElement(By.id("plan:year-end")).isSelected()) {
            records.findElement(By.id("plan:year-end")).click();
        }
        new Select(records.findElement(By.id("plan:action"))).selectByValue("DESTROY");
        records.findElement(By.id("plan:reason")).sendKeys("Working copies of agendas");
        clickId(records, "plan:save");
        waiting(records).until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan:messages"),
                "Class " + code + " is saved."));
        assertTrue(records.findElement(By.id("classes")).getText().contains(code));

        // both agendas are filed under it (the API), the second meeting is held (the page)
        Http api = new Http(base.toURI()).as("records", Journey.PASSWORD);
        long dueRevision = agendaRevision(api, due);
        long keptRevision = agendaRevision(api, kept);
        for (long revision : new long[] {dueRevision, keptRevision}) {
            HttpResponse<String> moved = api.putJson("api/m/lakeview-harbour/records/AGENDA_REVISION/" + revision
                    + "/retention", "{\"classCode\":\"" + code + "\",\"reason\":\"working copy\"}");
            assertEquals(200, moved.statusCode(), moved.body());
        }
        records.get(base + "m/lakeview-harbour/records/holds");
        String matter = "Disputed minutes " + stamp;
        records.findElement(By.id("holds:matter")).sendKeys(matter);
        records.findElement(By.id("holds:reason")).sendKeys("Notice of application");
        records.findElement(By.cssSelector("input[name='holds:scope'][value='MEETING']")).click();
        new Select(records.findElement(By.id("holds:meeting"))).selectByValue(Long.toString(kept));
        clickId(records, "holds:place");
        waiting(records).until(ExpectedConditions.textToBePresentInElementLocated(By.id("holds:messages"),
                "is placed"));

        // the batch: the due agenda in, the held one out with the hold named; anything else found is left out
        records.get(base + "m/lakeview-harbour/records/disposition");
        assertAccessible(records, "disposition page");
        clickId(records, "disposition:propose");
        waiting(records).until(ExpectedConditions.textToBePresentInElementLocated(By.id("disposition:messages"),
                "is proposed"));
        WebElement dueRow = records.findElement(By.xpath("//table[@id='items']//tr[th[contains(., 'AGENDA_REVISION "
                + dueRevision + "')]]"));
        assertTrue(dueRow.getText().contains("To be destroyed"), dueRow.getText());
        WebElement keptRow = records.findElement(By.xpath("//table[@id='items']//tr[th[contains(., "
                + "'AGENDA_REVISION " + keptRevision + "')]]"));
        assertTrue(keptRow.getText().contains("Legal hold: " + matter), keptRow.getText());
        assertAccessible(records, "disposition batch under review");
        while (true) {
            java.util.List<WebElement> others = records.findElements(By.xpath("//table[@id='items']//tr[td[contains("
                    + "., 'To be destroyed')] and not(th[contains(., 'AGENDA_REVISION " + dueRevision + "')])]"));
            if (others.isEmpty()) {
                break;
            }
            others.get(0).findElement(By.cssSelector("input[type=text]")).sendKeys("not part of this review");
            others.get(0).findElement(By.cssSelector("input[type=submit]")).click();
            waiting(records).until(ExpectedConditions.textToBePresentInElementLocated(By.id("disposition:messages"),
                    "left out"));
        }
        records.findElement(By.id("disposition:resolution")).sendKeys("Resolution 2026-" + stamp);
        clickId(records, "disposition:approve");
        waiting(records).until(ExpectedConditions.textToBePresentInElementLocated(By.id("disposition:messages"),
                "is approved"));
        clickId(records, "disposition:execute");
        waiting(records).until(ExpectedConditions.textToBePresentInElementLocated(By.id("disposition:messages"),
                "certificate of destruction DC-"));
        assertAccessible(records, "executed disposition batch");
        String href = records.findElement(By.cssSelector("#certificate a")).getAttribute("href");
        String path = href.substring(href.indexOf("api/"));
        HttpResponse<byte[]> certificate = api.getBytes(path);
        assertEquals(200, certificate.statusCode());
        String text = Journey.pdfText(certificate.body());
        assertTrue(text.contains("AGENDA_REVISION " + dueRevision), text);
        assertTrue(text.contains("working copy " + stamp), "the destroyed agenda is named by its meeting: " + text);
        assertTrue(!text.contains("AGENDA_REVISION " + keptRevision), "the held agenda is not destroyed");

        // the destroyed agenda answers 404 with its certificate to staff; the held one is still there for anyone
        HttpResponse<String> gone = api.get("api/m/lakeview-harbour/meetings/" + due + "/agenda/pdf");
        assertEquals(404, gone.statusCode());
        assertTrue(gone.body().contains("destroyed under certificate of destruction DC-"), gone.body());
        HttpResponse<String> goneForAnyone = new Http(base.toURI()).get("api/m/lakeview-harbour/meetings/" + due
                + "/agenda/pdf");
        assertEquals(404, goneForAnyone.statusCode());
        assertTrue(!goneForAnyone.body().contains("certificate"), goneForAnyone.body());
        assertEquals(200, new Http(base.toURI()).get("api/m/lakeview-harbour/meetings/" + kept + "/agenda/pdf")
                .statusCode());

        // the transfers page, where records due to the archives leave as a bag
        records.get(base + "m/lakeview-harbour/records/transfers");
        assertEquals("Transfers to the archives", records.findElement(By.tagName("h1")).getText());
        assertAccessible(records, "transfers page");
    }
}
