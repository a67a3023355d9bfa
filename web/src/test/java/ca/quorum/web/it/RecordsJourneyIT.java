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
 * French), sees it cover the meeting's records, lifts it with a reason; runs the fixity check; every page axe-clean.
 */
@ExtendWith(ArquillianExtension.class)
class RecordsJourneyIT {

    private static ChromeDriver records;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowser() throws Exception {
        records = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (records != null) {
            records.quit();
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

        // fixity: the check runs on request and every file matches
        records.get(base + "m/lakeview-harbour/records/fixity");
        assertAccessible(records, "fixity page");
        clickId(records, "fixity:run");
        waiting(records).until(ExpectedConditions.textToBePresentInElementLocated(By.id("fixity:messages"),
                "files checked"));
        assertTrue(records.findElement(By.id("last-run")).getText().contains("Every file matches"),
                records.findElement(By.id("last-run")).getText());
        assertAccessible(records, "fixity page after a check");
    }
}
