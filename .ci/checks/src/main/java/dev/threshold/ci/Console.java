package dev.threshold.ci;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in Debian's headless Chromium (chromium + chromium-driver, installed by .ci/run), driven by Selenium
 * with the options of the it module's browser tests. It signs in as a person does, on whatever page the server shows:
 * the sign-in form, and a page that makes the initial admin choose a new password, if the server has one.
 */
final class Console implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The console's navigation bar (templates/layout.xhtml): on every console page, on no other. */
    private static final By NAV = By.id("nav");

    private static final By USERNAME = By.id("j_username");

    private final WebDriver driver;
    private final WebDriverWait wait;

    private Console(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.wait.ignoring(WebDriverException.class);
    }

    static Console start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            Failure.fail("Debian's chromium and chromium-driver are needed (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install chromium chromium-driver (.ci/run installs them)");
        }
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
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Console(new ChromeDriver(service, options));
    }

    /**
     * Opens {@code url}, signs in as admin where the server asks for it, and chooses a new password where the server
     * makes the initial admin do so (then opens {@code url} again). @return the admin's password from now on
     */
    String openSignedIn(String url, String password) {
        driver.get(url);
        String current = password;
        for (int step = 0; step < 5; step++) {
            wait.until(d -> "complete".equals(readyState(d)));
            List<WebElement> fields = newPasswordFields(driver);
            if (!fields.isEmpty()) {
                // Before the navigation bar: the password page is a console page too.
                current = chooseNewPassword(current, fields);
                driver.get(url);
                continue;
            }
            if (!driver.findElements(USERNAME).isEmpty()) {
                if (step > 0 && driver.getCurrentUrl().contains("failed")) {
                    Failure.fail("the console refused admin's password at sign-in (" + driver.getCurrentUrl() + ")");
                }
                signIn(current);
                continue;
            }
            return current; // the console, or something else: the caller says what the page is
        }
        return current;
    }

    private void signIn(String password) {
        String before = driver.getCurrentUrl();
        type(driver.findElement(USERNAME), "admin");
        type(driver.findElement(By.id("j_password")), password);
        submit(driver.findElement(By.id("j_password")));
        wait.until(d ->
                !before.equals(d.getCurrentUrl()) || d.findElements(USERNAME).isEmpty());
    }

    /**
     * The forced first password change (if the server has one): the field named current or old gets the password in
     * use, every other password field (new, confirmation) the new one.
     */
    private String chooseNewPassword(String current, List<WebElement> fields) {
        String chosen = newPassword();
        System.out.println("  the console asks the initial admin for a new password: choosing one");
        for (WebElement field : fields) {
            String name = (field.getAttribute("id") + " " + field.getAttribute("name") + " "
                            + field.getAttribute("autocomplete"))
                    .toLowerCase();
            type(field, name.contains("current") || name.contains("old") ? current : chosen);
        }
        WebElement last = fields.get(fields.size() - 1);
        submit(last);
        wait.until(d -> {
            try {
                last.isDisplayed(); // still the page that was submitted
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return "complete".equals(readyState(d));
            }
        });
        if (!newPasswordFields(driver).isEmpty()) {
            Failure.fail("the console did not take the new password for admin: " + text());
        }
        return chosen;
    }

    private static List<WebElement> newPasswordFields(WebDriver d) {
        return d.findElements(By.cssSelector("input[type=password]")).stream()
                .filter(WebElement::isDisplayed)
                .filter(f -> !"j_password".equals(f.getAttribute("id")))
                .toList();
    }

    private static String readyState(WebDriver d) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState"));
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /** Submits the field's form with its own button, as a click does (PrimeFaces buttons post by ajax). */
    private void submit(WebElement field) {
        WebElement form = field.findElement(By.xpath("./ancestor::form"));
        List<WebElement> buttons = form.findElements(By.cssSelector("button, input[type=submit]")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
        if (buttons.isEmpty()) {
            field.submit();
        } else {
            buttons.get(buttons.size() - 1).click();
        }
    }

    boolean isConsole() {
        return !driver.findElements(NAV).isEmpty();
    }

    /** Follows the navigation bar's link named {@code name}, as a person does. */
    void navigate(String name) {
        WebElement link = driver.findElement(NAV).findElements(By.tagName("a")).stream()
                .filter(a -> name.equalsIgnoreCase(a.getText().trim()))
                .findFirst()
                .orElseGet(() -> Failure.fail("the console's navigation has no link '" + name + "': " + navText()));
        link.click();
        wait.until(d -> "complete".equals(readyState(d)) && !d.findElements(NAV).isEmpty());
    }

    /** Whether the page links to {@code hrefPart} (e.g. an incident's id), waiting a little for ajax tables. */
    boolean linksTo(String hrefPart) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .ignoring(WebDriverException.class)
                    .until(d -> d.findElements(By.cssSelector("a[href*='" + hrefPart + "']"))
                                    .size()
                            > 0);
            return true;
        } catch (org.openqa.selenium.TimeoutException notListed) {
            return false;
        }
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String title() {
        return driver.getTitle();
    }

    /** The page's text, shortened for a message; says so when the page is blank. */
    String text() {
        String text = driver.findElement(By.tagName("body"))
                .getText()
                .replaceAll("\\s+", " ")
                .trim();
        if (text.isEmpty()) {
            return "(a blank page)";
        }
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private String navText() {
        return driver.findElement(NAV).getText().replaceAll("\\s+", " ");
    }

    /** A picture of the page for whoever reads a failed run. */
    Path screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | WebDriverException e) {
            System.out.println("  (no screenshot: " + e.getMessage() + ")");
        }
        return file;
    }

    static String newPassword() {
        String letters = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder("Ci-");
        for (int i = 0; i < 20; i++) {
            password.append(letters.charAt(random.nextInt(letters.length())));
        }
        return password.append("-7").toString();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
