package ca.quorum.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The agenda journey in headless Chromium: an author writes a staff report and attaches a PDF, three approvers
 * approve it, the clerk schedules a council meeting from its template, adds the report and a closed item,
 * publishes, and downloads the packet; the public meeting page and packet show no trace of the closed item.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgendaJourneyIT {

    private static final String PASSWORD = "council-demo-2026";
    private static final String SECRET = "Purchase of 14 Wharf Street from the Harbour Trust";
    private static final String PUBLIC_TITLE = "Proposed acquisition of land, Ward 3";
    private static ChromeDriver driver;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowser() throws Exception {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private org.openqa.selenium.support.ui.FluentWait<org.openqa.selenium.WebDriver> waiting(int seconds) {
        return Journey.waiting(driver, seconds);
    }

    private void signInAs(String username) {
        driver.manage().deleteAllCookies();
        driver.get(base + "m/lakeview-harbour/login");
        waiting(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("signin:username")));
        driver.findElement(By.id("signin:username")).sendKeys(username);
        driver.findElement(By.id("signin:password")).sendKeys(PASSWORD, Keys.ENTER);
        waiting(20).until(ExpectedConditions.urlContains("/workspace"));
    }

    private void assertAccessible(String page) throws Exception {
        Journey.assertAccessible(driver, page);
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)),
                value);
    }

    private static Path pdf(String text, int pages) throws Exception {
        Path file = Files.createTempFile("attachment", ".pdf");
        try (PDDocument document = new PDDocument()) {
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    out.beginText();
                    out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    out.newLineAtOffset(72, 700);
                    out.showText(text + " page " + p);
                    out.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** Downloads with the browser's session (or none), as a click on the link would. */
    private byte[] download(String href, boolean withSession) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(href.startsWith("http") ? href
                : base.toString().replaceAll("/$", "") + href)).timeout(Duration.ofSeconds(60));
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        if (withSession && session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), href);
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private String scheduleCouncilMeeting(String title) {
        driver.get(base + "m/lakeview-harbour/clerk/calendar");
        new Select(driver.findElement(By.id("schedule:body"))).selectByVisibleText("Council");
        driver.findElement(By.id("schedule:title")).sendKeys(title);
        setValue("schedule:date", LocalDate.now().plusDays(40).toString());
        setValue("schedule:time", "18:30");
        driver.findElement(By.id("schedule:location")).sendKeys("Council Chamber, Town Hall");
        driver.findElement(By.id("schedule:submit")).click();
        waiting(20).until(ExpectedConditions.urlContains("/clerk/agenda?meeting="));
        return driver.getCurrentUrl().replaceAll(".*meeting=(\\d+).*", "$1");
    }

    private void addItem(String section, String title) {
        waiting(20).ignoring(StaleElementReferenceException.class).until(d -> {
            new Select(d.findElement(By.id("agenda:section"))).selectByVisibleText(section);
            WebElement input = d.findElement(By.id("agenda:item-title"));
            input.clear();
            input.sendKeys(title);
            d.findElement(By.id("agenda:add")).click();
            return true;
        });
        waiting(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda"), title));
    }

    /** The items of section 6 as "number title", read in one go (the list is replaced by each Ajax update). */
    @SuppressWarnings("unchecked")
    private List<String> reportItems() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return [...document.querySelectorAll("
                + "'.agenda-item')].map(i => i.querySelector('.item-number').textContent.trim() + ' '"
                + " + i.querySelector('.item-title').textContent.trim()).filter(t => t.startsWith('6.'));");
    }

    /** Presses a button by keyboard: focus, then Enter, as a keyboard user does. */
    private void press(String ariaLabel) {
        WebElement button = driver.findElement(By.cssSelector("button[aria-label='" + ariaLabel + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", button);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    }

    @Test
    void theClerkOrdersAndNestsItemsByKeyboardAndByDragAndDrop() throws Exception {
        signInAs("clerk");
        scheduleCouncilMeeting("Committee of the Whole " + UUID.randomUUID().toString().substring(0, 4));
        addItem("6. Reports and Motions", "Arena roof");
        addItem("6. Reports and Motions", "Library hours");
        addItem("6. Reports and Motions", "Snow clearing");
        assertEquals(List.of("6.1 Arena roof", "6.2 Library hours", "6.3 Snow clearing"), reportItems());

        press("Move up 6.3");
        waiting(20).until(d -> reportItems().equals(List.of("6.1 Arena roof", "6.2 Snow clearing",
                "6.3 Library hours")));
        press("Make sub-item 6.2");
        waiting(20).until(d -> reportItems().equals(List.of("6.1 Arena roof", "6.1.1 Snow clearing",
                "6.2 Library hours")));

        // HTML5 drag-and-drop as the browser fires it: "Library hours" dropped on "Arena roof"
        ((JavascriptExecutor) driver).executeScript("""
                const items = [...document.querySelectorAll('.agenda-item')];
                const source = items.find(i => i.querySelector('.item-title').textContent === 'Library hours');
                const target = items.find(i => i.querySelector('.item-title').textContent === 'Arena roof');
                const data = new DataTransfer();
                source.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
                target.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));
                target.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));
                """);
        waiting(20).until(d -> reportItems().equals(List.of("6.1 Library hours", "6.2 Arena roof",
                "6.2.1 Snow clearing")));
        assertAccessible("agenda builder with sub-items");

        driver.get(base + "m/lakeview-harbour/clerk/bodies");
        assertAccessible("bodies and members");
        new Select(driver.findElement(By.id("bodies:body"))).selectByVisibleText("Council");
        driver.findElement(By.id("bodies:show")).click();
        waiting(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("members"),
                "Mayor Eleanor Whitfield"));
        driver.get(base + "m/lakeview-harbour/clerk/templates");
        assertAccessible("agenda templates");
        driver.get(base + "m/lakeview-harbour/clerk/approvals");
        assertEquals("manager", driver.findElement(By.cssSelector("#steps tbody tr input[id$='approver']"))
                .getAttribute("value"));
        assertAccessible("approval chain");
    }

    @Test
    void aClerkBuildsAndPublishesAnAgendaAndThePublicSeesNoClosedItem() throws Exception {
        String reportTitle = "Harbour dredging contract " + UUID.randomUUID().toString().substring(0, 6);

        // the author drafts the report and attaches a PDF; a file that is not a PDF is refused by name
        signInAs("author");
        driver.get(base + "m/lakeview-harbour/reports/");
        driver.findElement(By.id("new-report:title")).sendKeys(reportTitle);
        driver.findElement(By.id("new-report:recommendation")).sendKeys("That Council award the dredging contract.");
        driver.findElement(By.id("new-report:body")).sendKeys("Dredging keeps the harbour open to ferries.");
        driver.findElement(By.id("new-report:create")).click();
        waiting(20).until(ExpectedConditions.urlContains("/reports/report?id="));
        String reportPage = driver.getCurrentUrl();
        assertAccessible("staff report page");

        Path notPdf = Files.writeString(Files.createTempFile("budget", ".csv"), "Item,Cost\nDredging,120000\n");
        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(notPdf.toString());
        driver.findElement(By.id("report:attach")).click();
        waiting(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("report:messages"),
                "is not a PDF file."));
        assertEquals("", driver.findElement(By.id("attachments")).getText().strip());

        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(pdf("DREDGING SURVEY", 45).toString());
        driver.findElement(By.id("report:attach")).click();
        waiting(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("attachments"), ".pdf (45 p.)"));
        driver.findElement(By.id("report:submit")).click();
        waiting(20).until(ExpectedConditions.textToBe(By.id("report-status"), "in approval"));

        // manager, director and clerk approve in turn
        for (String approver : List.of("manager", "director", "clerk")) {
            signInAs(approver);
            driver.get(reportPage);
            driver.findElement(By.id("report:approve")).click();
            waiting(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("report:messages"),
                    "Approved."));
        }
        assertEquals("approved", driver.findElement(By.id("report-status")).getText());

        // the clerk schedules a council meeting; its agenda starts from the council's template
        driver.get(base + "m/lakeview-harbour/clerk/calendar");
        assertAccessible("meeting calendar");
        String meetingId = scheduleCouncilMeeting("Special Council Meeting: Harbour");
        String builder = driver.findElement(By.id("agenda")).getText();
        assertTrue(builder.contains("6. Reports and Motions") && builder.contains("8. Closed Session"), builder);

        new Select(driver.findElement(By.id("agenda:section"))).selectByVisibleText("6. Reports and Motions");
        new Select(driver.findElement(By.id("agenda:report"))).selectByVisibleText(reportTitle + " (approved)");
        driver.findElement(By.id("agenda:add")).click();
        waiting(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda"), "6.1 " + reportTitle));

        new Select(driver.findElement(By.id("agenda:section"))).selectByVisibleText("8. Closed Session");
        driver.findElement(By.id("agenda:item-title")).sendKeys(SECRET);
        new Select(driver.findElement(By.id("agenda:closed-reason"))).selectByValue("LAND");
        driver.findElement(By.id("agenda:public-title")).sendKeys(PUBLIC_TITLE);
        driver.findElement(By.id("agenda:add")).click();
        waiting(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda"), "8.1 " + SECRET));
        assertAccessible("agenda builder");

        driver.findElement(By.id("agenda:publish")).click();
        waiting(90).until(ExpectedConditions.presenceOfElementLocated(By.id("packet-link")));
        String sha = driver.findElement(By.id("packet-sha")).getText();
        byte[] members = download(driver.findElement(By.id("packet-link")).getAttribute("href"), true);
        assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(members)),
                "the SHA-256 shown is the packet's");
        String membersText = text(members);
        assertTrue(membersText.contains(SECRET), "the clerk's packet has the closed item");
        assertTrue(membersText.contains("DREDGING SURVEY page 3"), "the attachment is in the packet");

        // the public meeting page and packet
        driver.manage().deleteAllCookies();
        driver.get(base + "m/lakeview-harbour/meeting?id=" + meetingId);
        String agenda = driver.findElement(By.id("published-agenda")).getText();
        assertTrue(agenda.contains(reportTitle), agenda);
        assertTrue(agenda.contains("8.1 " + PUBLIC_TITLE), agenda);
        assertFalse(driver.getPageSource().contains("Wharf Street"), "the public page names the closed item");
        assertAccessible("public meeting page");
        WebElement packetLink = driver.findElement(By.id("packet-pdf"));
        String publicText = text(download(packetLink.getAttribute("href"), false));
        assertFalse(publicText.contains("Wharf Street"), "the public packet names the closed item");
        assertTrue(publicText.contains(PUBLIC_TITLE));
        assertTrue(publicText.contains("DREDGING SURVEY page 1"));

        // a visitor searches a phrase that is on page 37 of the public packet, and the result opens that page
        byte[] publicPacket = download(packetLink.getAttribute("href"), false);
        String page37;
        try (PDDocument document = Loader.loadPDF(publicPacket)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(37);
            stripper.setEndPage(37);
            page37 = stripper.getText(document);
        }
        java.util.regex.Matcher onPage = java.util.regex.Pattern.compile("DREDGING SURVEY page (\\d+)").matcher(page37);
        assertTrue(onPage.find(), "page 37 is an attachment page: " + page37);
        String phrase = "\"DREDGING SURVEY page " + onPage.group(1) + "\"";
        driver.get(base + "m/lakeview-harbour/search");
        assertAccessible("search page");
        waiting(90).until(d -> {
            d.get(base + "m/lakeview-harbour/search");
            d.findElement(By.id("q")).sendKeys(phrase, Keys.ENTER);
            return d.findElements(By.cssSelector("#results a.result-link")).stream()
                    .anyMatch(a -> a.getAttribute("href").endsWith("#page=37"));
        });
        WebElement hit = driver.findElements(By.cssSelector("#results li.result")).stream()
                .filter(li -> li.findElement(By.cssSelector("a.result-link")).getAttribute("href")
                        .endsWith("#page=37")).findFirst().orElseThrow();
        assertTrue(hit.getText().contains("page 37"), hit.getText());
        assertEquals("DREDGING SURVEY page " + onPage.group(1),
                hit.findElement(By.cssSelector(".snippet mark")).getText(), "the phrase is highlighted");
        assertAccessible("search results");
        String target = hit.findElement(By.cssSelector("a.result-link")).getAttribute("href");
        assertTrue(target.contains("/packet/pdf#page=37"), target);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicPacket)),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                        download(target.substring(0, target.indexOf('#')), false))), "the link opens the packet");
        assertFalse(driver.getPageSource().contains("Wharf Street"), "no closed item in the public results");
    }
}
