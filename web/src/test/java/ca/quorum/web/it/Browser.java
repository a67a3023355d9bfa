package ca.quorum.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages ({@code ./quorum test} installs them), driven by Selenium without any
 * download, and the axe-core accessibility checker injected into pages.
 */
final class Browser {

    private Browser() {
    }

    static ChromeDriver start() throws IOException {
        Path profile = Files.createTempDirectory("quorum-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("quorum.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-CA",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("quorum.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Runs axe-core on the current page for WCAG 2.0/2.1 A and AA; returns the violations' ids and targets. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> accessibilityViolations(ChromeDriver driver) throws IOException {
        String axe;
        try (InputStream in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core webjar missing from the test class path");
            }
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ((JavascriptExecutor) driver).executeScript(axe);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,
                         targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))
                   .catch(e => done([{id: 'axe-error', impact: 'critical', targets: [String(e)]}]));
                """);
        return (List<Map<String, Object>>) result;
    }
}
