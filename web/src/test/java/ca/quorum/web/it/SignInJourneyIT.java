package ca.quorum.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** User journeys in headless Chromium: signing in by keyboard, role pages, and an accessibility check per page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInJourneyIT {

    private static final String DEMO_PASSWORD = "council-demo-2026";
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

    @BeforeEach
    void signedOut() {
        driver.manage().deleteAllCookies();
    }

    private org.openqa.selenium.support.ui.FluentWait<org.openqa.selenium.WebDriver> waiting() {
        return Journey.waiting(driver, 20);
    }

    private void assertAccessible(String page) throws Exception {
        List<Map<String, Object>> violations = Browser.accessibilityViolations(driver);
        assertEquals(List.of(), violations, page + " has WCAG 2.1 AA violations");
    }

    private void signIn(String username) {
        driver.findElement(By.id("sign-in-link")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signin:username")));
        WebElement user = driver.findElement(By.id("signin:username"));
        user.sendKeys(username);
        user.sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(DEMO_PASSWORD, Keys.ENTER);
    }

    @Test
    void aClerkSignsInByKeyboardAndReachesTheClerksDesk() throws Exception {
        driver.get(base + "m/lakeview-harbour/");
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.findElement(By.id("upcoming-meetings")).getText().contains("Regular Council Meeting"));
        assertAccessible("home page");

        signIn("clerk");
        waiting().until(ExpectedConditions.urlContains("/m/lakeview-harbour/workspace"));
        assertEquals("Jordan Tremblay, Town Clerk", driver.findElement(By.id("welcome")).getText());
        assertAccessible("workspace");
        List<String> links = driver.findElements(By.cssSelector("#role-links a")).stream().map(WebElement::getText)
                .toList();
        assertEquals(List.of("Clerk's desk", "Signing certificates", "By-law registry"), links,
                "a clerk sees the clerk's pages and no administrator page");

        driver.findElement(By.linkText("Clerk's desk")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("bodies")));
        String bodies = driver.findElement(By.id("bodies")).getText();
        assertTrue(bodies.contains("Council"), bodies);
        assertTrue(bodies.contains("Planning and Development Committee"), bodies);
        assertAccessible("clerk's desk");

        driver.findElement(By.id("sign-out")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in-link")));
        driver.get(base + "m/lakeview-harbour/clerk/");
        waiting().until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void anAdministratorCreatesAUserAndVerifiesTheAuditChain() throws Exception {
        driver.get(base + "m/lakeview-harbour/");
        signIn("admin");
        waiting().until(ExpectedConditions.urlContains("/workspace"));
        driver.findElement(By.linkText("Users and roles")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("users:username")));
        String name = "web" + UUID.randomUUID().toString().substring(0, 6);
        driver.findElement(By.id("users:username")).sendKeys(name);
        driver.findElement(By.id("users:displayName")).sendKeys("Web Journey");
        driver.findElement(By.id("users:email")).sendKeys(name + "@example.org");
        driver.findElement(By.id("users:password")).sendKeys("journey passphrase 1");
        driver.findElement(By.cssSelector("input[value='REPORT_AUTHOR']")).click();
        driver.findElement(By.id("users:create")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:messages"),
                "User " + name + " created."));
        // the list is by user name, 20 to a page, and other tests add users: "web…" is on the last page
        driver.findElement(By.cssSelector("#users\\:list .ui-paginator-last")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:list"), name));

        driver.get(base + "m/lakeview-harbour/admin/audit");
        driver.findElement(By.id("audit:verify")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("audit:result")));
        assertTrue(driver.findElement(By.id("audit:result")).getText().startsWith("Audit chain intact: OK ("),
                driver.findElement(By.id("audit:result")).getText());
        assertTrue(driver.findElement(By.id("entries")).getText().contains("UserCreated"));
        assertAccessible("audit page");
    }

    @Test
    void theSignInPageIsAccessibleInFrench() throws Exception {
        driver.get(base + "m/pinecrest/login");
        assertEquals("fr", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Nom d'utilisateur", driver.findElement(By.cssSelector("label[for='signin:username']")).getText());
        assertAccessible("French sign-in page");
    }
}
