package ca.quorum.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
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

/**
 * Two councillors' tablets and the chamber display in three headless Chromium browsers: the clerk runs the vote
 * through the API, a ballot cast on a tablet shows on the display without a reload, and the closed result shows on
 * the tablets and the display alike.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveVotingJourneyIT {

    private static final String API = Journey.API;
    private static ChromeDriver grace;
    private static ChromeDriver mayor;
    private static ChromeDriver display;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowsers() throws Exception {
        grace = Browser.start();
        mayor = Browser.start();
        display = Browser.start();
    }

    @AfterAll
    static void stopBrowsers() {
        for (ChromeDriver driver : new ChromeDriver[] {grace, mayor, display}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    private Http clerk() throws Exception {
        return Journey.clerk(base);
    }

    private JsonObject post(String path, String json) throws Exception {
        return Journey.post(base, path, json);
    }

    /** Waits through Ajax re-renders: a push may replace the form while a condition reads it. */
    private static org.openqa.selenium.support.ui.FluentWait<org.openqa.selenium.WebDriver> waiting(
            ChromeDriver driver) {
        return Journey.waiting(driver);
    }

    private void signIn(ChromeDriver driver, String username, String page) {
        Journey.signIn(driver, base, username);
        driver.get(base + "m/lakeview-harbour/" + page);
    }

    /** Marks the page; the mark survives only as long as the page is not reloaded. */
    private static void mark(ChromeDriver driver) {
        ((JavascriptExecutor) driver).executeScript("window.quorumMark = 'same page';");
    }

    private static void assertNotReloaded(ChromeDriver driver) {
        assertEquals("same page", ((JavascriptExecutor) driver).executeScript("return window.quorumMark;"));
    }

    private static void assertAccessible(ChromeDriver driver, String page) throws Exception {
        Journey.assertAccessible(driver, page);
    }

    private void click(ChromeDriver driver, String ariaLabel) {
        waiting(driver).until(d -> {
            d.findElement(By.cssSelector("button[aria-label='" + ariaLabel + "']")).click();
            return true;
        });
    }

    private void clickId(ChromeDriver driver, String id) {
        Journey.clickId(driver, id);
    }

    /**
     * Waits until the console's form has stopped being re-rendered (the answer to a command, then the refresh its
     * push asks for): a choice made in between would be lost.
     */
    private static void settle(ChromeDriver driver) throws InterruptedException {
        for (int i = 0; i < 30; i++) {
            ((JavascriptExecutor) driver).executeScript(
                    "var f = document.getElementById('console'); if (f) { f.quorumSettled = true; }");
            Thread.sleep(600);
            Object same = ((JavascriptExecutor) driver).executeScript(
                    "var f = document.getElementById('console'); return !!(f && f.quorumSettled);");
            if (Boolean.TRUE.equals(same)) {
                return;
            }
        }
    }

    /**
     * Seconds motion {@code n} (by Councillor Grace Chen, or Moreau for her own), votes four hands for, closes; waits
     * for each answer so that no choice is lost to a re-render.
     */
    private void decideByHands(ChromeDriver clerk, int n, String motion, String result) throws InterruptedException {
        settle(clerk);
        new org.openqa.selenium.support.ui.Select(clerk.findElement(By.id("console:seconder")))
                .selectByVisibleText(n == 4 ? "Councillor Daniel Moreau" : "Councillor Grace Chen");
        click(clerk, "Seconded " + n);
        waiting(clerk).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("button[aria-label='Seconded " + n + "']")));
        click(clerk, "Open the vote " + n);
        waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("console-vote"), "0 of 6 voted"));
        for (String name : List.of("Councillor Amara Okafor", "Councillor Benoît Lapointe", "Councillor Daniel Moreau",
                "Councillor Priya Raman")) {
            click(clerk, name + ": Yes");
            waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("console-vote"),
                    " voted"));
        }
        waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("console-vote"), "4 of 6 voted"));
        clickId(clerk, "console:close-vote");
        waiting(clerk).until(d -> {
            String shown = d.findElement(By.id("console-result")).getText();
            return shown.contains(motion) && shown.contains(result);
        });
    }

    @Test
    void theClerkRunsAMeetingFromTheConsole() throws Exception {
        ChromeDriver clerk = display;
        signIn(clerk, "clerk", "clerk/calendar");
        new org.openqa.selenium.support.ui.Select(clerk.findElement(By.id("schedule:body")))
                .selectByVisibleText("Council");
        clerk.findElement(By.id("schedule:title")).sendKeys("Council: console journey");
        ((JavascriptExecutor) clerk).executeScript("document.getElementById('schedule:date').value = arguments[0];"
                + "document.getElementById('schedule:time').value = '19:00';",
                java.time.LocalDate.now().plusDays(40).toString());
        clerk.findElement(By.id("schedule:location")).sendKeys("Council Chamber");
        clerk.findElement(By.id("schedule:submit")).click();
        waiting(clerk).until(ExpectedConditions.urlContains("/clerk/agenda?meeting="));
        String meeting = clerk.getCurrentUrl().replaceAll(".*meeting=(\\d+).*", "$1");
        new org.openqa.selenium.support.ui.Select(clerk.findElement(By.id("agenda:section")))
                .selectByVisibleText("6. Reports and Motions");
        clerk.findElement(By.id("agenda:item-title")).sendKeys("Arena roof replacement");
        clerk.findElement(By.id("agenda:add")).click();
        waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda"), "Arena roof"));
        int n = 1;
        for (String consentItem : List.of("Library board minutes", "Encroachment at 14 Shore Road")) {
            waiting(clerk).until(d -> { // the form may still be re-rendering after the last addition
                new org.openqa.selenium.support.ui.Select(d.findElement(By.id("agenda:section")))
                        .selectByVisibleText("5. Consent Agenda");
                org.openqa.selenium.WebElement title = d.findElement(By.id("agenda:item-title"));
                title.clear();
                title.sendKeys(consentItem);
                d.findElement(By.id("agenda:add")).click();
                return true;
            });
            waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda"),
                    "5." + n++ + " " + consentItem));
        }

        clerk.get(base + "m/lakeview-harbour/clerk/console?meeting=" + meeting);
        for (String name : List.of("Mayor Eleanor Whitfield", "Councillor Amara Okafor", "Councillor Benoît Lapointe",
                "Councillor Grace Chen", "Councillor Daniel Moreau")) {
            click(clerk, name + ": In person");
            waiting(clerk).until(d -> d.findElement(By.id("roll")).getText().contains(name + " In person"));
        }
        click(clerk, "Councillor Priya Raman: Electronic");
        waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("console-status"),
                "Quorum present (6/5)"));
        clickId(clerk, "console:call-to-order");
        waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("console-status"),
                "In session"));
        click(clerk, "Take up 6.1");
        waiting(clerk).until(ExpectedConditions.textToBe(By.id("console-item"), "6.1 Arena roof replacement"));
        settle(clerk);
        new org.openqa.selenium.support.ui.Select(clerk.findElement(By.id("console:mover")))
                .selectByVisibleText("Councillor Daniel Moreau");
        clerk.findElement(By.id("console:motion-text")).sendKeys("That Council replace the arena roof.");
        clickId(clerk, "console:move");
        waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("motions"),
                "That Council replace the arena roof."));
        settle(clerk);
        new org.openqa.selenium.support.ui.Select(clerk.findElement(By.id("console:seconder")))
                .selectByVisibleText("Councillor Grace Chen");
        click(clerk, "Seconded 1");
        waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("motions"),
                "Councillor Grace Chen"));
        click(clerk, "Open the vote 1");
        waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("console-vote"), "0 of 6 voted"));
        assertAccessible(clerk, "meeting console");
        for (String name : List.of("Councillor Amara Okafor", "Councillor Benoît Lapointe", "Councillor Daniel Moreau",
                "Councillor Priya Raman")) {
            click(clerk, name + ": Yes");
            waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("console-vote"),
                    " voted"));
        }
        waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("console-vote"), "4 of 6 voted"));
        clickId(clerk, "console:close-vote");
        waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("console-result"),
                "Carried (4 for, 2 against)"));

        // the consent agenda: a member lifts 5.2, the rest is adopted by one motion
        click(clerk, "Take up 5.1");
        waiting(clerk).until(ExpectedConditions.textToBe(By.id("console-item"), "5.1 Library board minutes"));
        settle(clerk);
        new org.openqa.selenium.support.ui.Select(clerk.findElement(By.id("console:requester")))
                .selectByVisibleText("Councillor Amara Okafor");
        click(clerk, "Lift from the consent agenda 5.2");
        waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".console-items"),
                "lifted, dealt with on its own"));
        settle(clerk);
        new org.openqa.selenium.support.ui.Select(clerk.findElement(By.id("console:mover")))
                .selectByVisibleText("Councillor Benoît Lapointe");
        clickId(clerk, "console:move-consent");
        waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("motions"),
                "That consent agenda item 5.1 be adopted as recommended."));
        decideByHands(clerk, 2, "That consent agenda item 5.1", "Carried (4 for, 2 against)");

        // closed session: the resolution in open session (s.239(4)), then in, then rise
        settle(clerk);
        new org.openqa.selenium.support.ui.Select(clerk.findElement(By.id("console:mover")))
                .selectByVisibleText("Councillor Daniel Moreau");
        new org.openqa.selenium.support.ui.Select(clerk.findElement(By.id("console:closed-reason")))
                .selectByIndex(3); // s.239(2)(c), land
        clerk.findElement(By.id("console:closed-nature")).sendKeys("an offer for land on Shore Road");
        clickId(clerk, "console:move-closed");
        waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("motions"),
                "proceed into closed session under s.239(2)(c)"));
        decideByHands(clerk, 3, "proceed into closed session", "Carried");
        click(clerk, "Go into closed session 3");
        waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("console-status"),
                "s.239(2)(c)"));
        assertAccessible(clerk, "meeting console in closed session");
        clickId(clerk, "console:leave-closed");
        waiting(clerk).until(d -> !d.findElement(By.id("console-status")).getText().contains("s.239(2)(c)"));

        // rise and report: the decision is taken in open session, by a recorded vote
        settle(clerk);
        new org.openqa.selenium.support.ui.Select(clerk.findElement(By.id("console:mover")))
                .selectByVisibleText("Councillor Grace Chen");
        clerk.findElement(By.id("console:motion-text")).sendKeys("That Council accept the offer as reported.");
        clickId(clerk, "console:move");
        waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("motions"),
                "That Council accept the offer as reported."));
        decideByHands(clerk, 4, "accept the offer as reported", "Carried (4 for, 2 against)");
        assertTrue(clerk.findElement(By.id("motions")).getText().contains("Resolution C-"),
                "carried motions show their resolution numbers");
        assertAccessible(clerk, "meeting console after rise and report");
        clickId(clerk, "console:adjourn");
        waiting(clerk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("console-status"), "Adjourned"));
        // the socket's first message refreshes the console once; a refusal shown before it is lost, and a click that
        // crosses that refresh can be refused as stale (a 400 page): the refused command changes nothing, so the
        // page is loaded again and the click made again, at most three times
        for (int attempt = 1; ; attempt++) {
            clerk.get(base + "m/lakeview-harbour/clerk/console?meeting=" + meeting + "&lang=fr");
            settle(clerk);
            try {
                click(clerk, "Councillor Grace Chen: Absent");
                Journey.waiting(clerk, 15).until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("console:messages"), "La séance est levée."));
                break;
            } catch (org.openqa.selenium.TimeoutException stale) {
                if (attempt == 3) {
                    throw stale;
                }
            }
        }
        assertAccessible(clerk, "meeting console in French, with a refusal");
        clerk.get(base + "m/lakeview-harbour/clerk/console?meeting=" + meeting + "&lang=en");
        clerk.get(base + "m/lakeview-harbour/declarations");
        assertAccessible(clerk, "registry of declarations");
        String log = clerk().get(API + "meetings/" + meeting + "/live/log").body();
        assertTrue(log.contains("\"type\":\"Adjourned\""), log);
    }

    @Test
    void aBallotOnATabletShowsOnTheDisplayAndTheResultOnEveryScreen() throws Exception {
        long meeting = -1;
        for (JsonValue m : (JsonArray) Http.json(clerk().get(API + "meetings?limit=200"))) {
            long id = ((JsonObject) m).getJsonNumber("id").longValue();
            HttpResponse<String> agenda = clerk().get(API + "meetings/" + id + "/agenda");
            if (agenda.statusCode() == 200 && agenda.body().contains("2027 Road Salt Supply Tender")) {
                meeting = id;
            }
        }
        assertTrue(meeting > 0, "the demo meeting with a published agenda");
        String live = API + "meetings/" + meeting + "/live/";
        Map<String, Long> members = Journey.councilMembers(base);
        for (long member : members.values()) {
            post(live + "attendance", "{\"member\":" + member + ",\"presence\":\"IN_PERSON\"}");
        }
        post(live + "call-to-order", "{}");
        post(live + "item", "{\"number\":\"6.1\"}");
        JsonObject moved = post(live + "motions", "{\"mover\":" + members.get("Councillor Amara Okafor")
                + ",\"text\":\"That Council award the road salt tender to Northern Salt Ltd.\"}");
        long motion = moved.getJsonArray("motions").getJsonObject(0).getJsonNumber("id").longValue();
        post(live + "motions/" + motion + "/seconder", "{\"member\":" + members.get("Councillor Benoît Lapointe") + "}");

        display.get(base + "m/lakeview-harbour/live?meeting=" + meeting);
        waiting(display).until(ExpectedConditions.textToBe(By.id("live-item"), "6.1 2027 Road Salt Supply Tender"));
        mark(display);
        signIn(grace, "councillor", "tablet?meeting=" + meeting);
        signIn(mayor, "mayor", "tablet?meeting=" + meeting);
        waiting(grace).until(ExpectedConditions.presenceOfElementLocated(By.id("tablet-waiting")));
        mark(grace);
        mark(mayor);

        post(live + "motions/" + motion + "/vote", "{\"recorded\":true}");
        waiting(grace).until(ExpectedConditions.presenceOfElementLocated(By.id("tablet:yes")));
        waiting(mayor).until(ExpectedConditions.presenceOfElementLocated(By.id("tablet:no")));
        waiting(display).until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-vote"),
                "0 of 9 voted · 5 of 9 needed"));
        assertTrue(grace.findElement(By.id("tablet-motion")).getText().contains("Northern Salt"));
        assertAccessible(grace, "councillor's tablet");

        grace.findElement(By.id("tablet:yes")).click();
        waiting(grace).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tablet-confirmation"),
                "Your vote is recorded: YES"));
        waiting(display).until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-vote"),
                "1 of 9 voted · 5 of 9 needed"));
        assertNotReloaded(display);

        mayor.findElement(By.id("tablet:no")).sendKeys(Keys.ENTER);
        waiting(mayor).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tablet-confirmation"),
                "Your vote is recorded: NO"));
        waiting(display).until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-vote"),
                "2 of 9 voted · 5 of 9 needed"));

        int n = 0;
        for (String name : List.of("Councillor Amara Okafor", "Councillor Benoît Lapointe", "Councillor Daniel Moreau",
                "Councillor Priya Raman", "Councillor Thomas Kowalski")) {
            post(live + "ballots", "{\"member\":" + members.get(name) + ",\"choice\":\"YES\",\"ballotId\":\"hand-"
                    + n++ + "\"}");
        }
        JsonObject closed = post(live + "vote/close", "{}");
        assertTrue(closed.getJsonObject("lastResult").getBoolean("carried"));

        waiting(display).until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-result"),
                "Carried: 6 for, 3 against"));
        String result = display.findElement(By.id("live-result")).getText();
        assertTrue(result.contains("Councillor Grace Chen") && result.contains("Mayor Eleanor Whitfield"), result);
        for (ChromeDriver tablet : List.of(grace, mayor)) {
            waiting(tablet).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tablet-result"),
                    "Carried"));
            assertNotReloaded(tablet);
        }
        assertNotReloaded(display);
        assertAccessible(display, "chamber display");

        // from the tablet, a councillor raises a point of order; a second one waits for the chair's ruling
        grace.findElement(By.id("tablet:point")).sendKeys("The vote was called before debate ended.");
        grace.findElement(By.id("tablet:raise-point")).click();
        waiting(grace).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tablet-point"),
                "Councillor Grace Chen: The vote was called before debate ended."));
        waiting(grace).until(d -> {
            d.findElement(By.id("tablet:point")).sendKeys("Another point.");
            d.findElement(By.id("tablet:raise-point")).click();
            return true;
        });
        waiting(grace).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tablet:messages"),
                "The chair rules on the point of order already raised first."));
        assertAccessible(grace, "councillor's tablet with a point of order and a refusal");
        post(live + "points-of-order/ruling", "{\"wellTaken\":false,\"reason\":\"Debate had ended.\"}");
        waiting(grace).until(ExpectedConditions.invisibilityOfElementLocated(By.id("tablet-point")));
    }
}
