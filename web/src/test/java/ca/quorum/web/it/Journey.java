package ca.quorum.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser journeys of Lakeview Harbour share: waiting, clicking, signing in, axe, the clerk's API. */
final class Journey {

    static final String PASSWORD = "council-demo-2026";
    static final String API = "api/m/lakeview-harbour/";

    private Journey() {
    }

    /** Waits through Ajax re-renders: a push may replace the form while a condition reads it. */
    static FluentWait<WebDriver> waiting(WebDriver driver) {
        return waiting(driver, 30);
    }

    /**
     * Waits up to {@code seconds} through Ajax re-renders. Besides a stale element, Chromium may answer "Node with
     * given id does not belong to the document" (a plain WebDriverException) when an update replaced the node
     * between finding it and reading it: the condition is simply asked again.
     */
    static FluentWait<WebDriver> waiting(WebDriver driver, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds)).ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class);
    }

    static void clickId(WebDriver driver, String id) {
        waiting(driver).until(d -> {
            d.findElement(By.id(id)).click();
            return true;
        });
    }

    static void signIn(ChromeDriver driver, URL base, String username) {
        driver.get(base + "m/lakeview-harbour/login");
        driver.findElement(By.id("signin:username")).sendKeys(username);
        driver.findElement(By.id("signin:password")).sendKeys(PASSWORD, Keys.ENTER);
        waiting(driver).until(ExpectedConditions.urlContains("/workspace"));
    }

    static void assertAccessible(ChromeDriver driver, String page) throws Exception {
        List<Map<String, Object>> violations = Browser.accessibilityViolations(driver);
        assertEquals(List.of(), violations, page + " has WCAG 2.1 AA violations");
    }

    /** The text of a PDF, page after page. */
    static String pdfText(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    static Http clerk(URL base) throws Exception {
        return new Http(base.toURI()).as("clerk", PASSWORD);
    }

    /** A POST as the clerk that must succeed; its JSON answer. */
    static JsonObject post(URL base, String path, String json) throws Exception {
        HttpResponse<String> r = clerk(base).postJson(path, json);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return (JsonObject) Http.json(r);
    }

    /** The council's members by name, with their ids. */
    static Map<String, Long> councilMembers(URL base) throws Exception {
        long council = ((JsonArray) Http.json(clerk(base).get(API + "bodies"))).stream().map(JsonObject.class::cast)
                .filter(b -> b.getString("kind").equals("COUNCIL")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        return ((JsonObject) Http.json(clerk(base).get(API + "bodies/" + council)))
                .getJsonArray("members").stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(o -> o.getString("name"), o -> o.getJsonNumber("id").longValue()));
    }
}
