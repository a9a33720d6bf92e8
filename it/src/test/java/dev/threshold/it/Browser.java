package dev.threshold.it;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) driven by Selenium. Where they are not installed
 * the browser tests are skipped with a message; in CI (CI=true, where .ci/run installs them) that is a failure.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Where the browser saves downloaded files. */
    static final Path DOWNLOADS = Path.of(System.getProperty("threshold.it.screenshots", "target/screenshots"))
            .resolveSibling("downloads");

    final WebDriver driver;
    final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        // A page re-rendered by ajax or reloaded by a form while a condition reads it answers "stale element" or "node
        // does not belong to the document": the condition is simply asked again, until the time-out.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        this.wait.ignoring(org.openqa.selenium.WebDriverException.class);
    }

    static Browser start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("CI must run the browser tests: install Debian's chromium and chromium-driver (.ci/run does)");
        }
        assumeTrue(installed, "browser tests skipped: apt-get install chromium chromium-driver to run them");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=1280,800");
        // Downloads (the grid editor's export) land where a test can read them, without asking.
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory",
                        DOWNLOADS.toAbsolutePath().toString(),
                        "download.prompt_for_download",
                        false));
        // The browser's console log, so that close() can fail the test on a Content-Security-Policy violation.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    void open(String path) {
        driver.get(ThresholdServer.BASE.resolve(path).toString());
    }

    void signInAsAdmin() {
        signIn("admin", ThresholdServer.adminPassword());
    }

    void signIn(String username, String password) {
        open("ui/home.xhtml");
        type(By.id("j_username"), username);
        type(By.id("j_password"), password);
        driver.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav")));
    }

    void type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Picks an item of a PrimeFaces selectOneMenu as a person does: open it, click the item. The panel fades in, so
     * the click is repeated until the menu shows the item as chosen.
     */
    void pick(By menu, String itemLabel) {
        By item = By.xpath("//li[contains(@class,'ui-selectonemenu-item') and normalize-space(.)='" + itemLabel + "']");
        By chosen = By.cssSelector(
                "#" + driver.findElement(menu).getAttribute("id").replace(":", "\\:") + " .ui-selectonemenu-label");
        wait.until(d -> {
            if (d.findElements(item).stream().noneMatch(WebElement::isDisplayed)) {
                d.findElement(menu).click();
            }
            wait.until(ExpectedConditions.elementToBeClickable(item)).click();
            return itemLabel.equals(d.findElement(chosen).getText());
        });
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** A screenshot under it/target/screenshots, for people reviewing a run (and for docs/). */
    void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("threshold.it.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser console's Content-Security-Policy violations since the last call (the log is read once). */
    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    /** Quits the browser; a page of the console that broke its Content-Security-Policy fails the test here. */
    @Override
    public void close() {
        List<String> violations;
        try {
            violations = cspViolations();
        } finally {
            driver.quit();
        }
        if (!violations.isEmpty()) {
            fail("Content-Security-Policy violations in the browser console: " + violations);
        }
    }
}
