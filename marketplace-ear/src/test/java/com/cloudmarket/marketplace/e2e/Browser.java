package com.cloudmarket.marketplace.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Headless Debian Chromium through its own chromedriver (explicit paths, so Selenium Manager never downloads anything).
 * As a JUnit extension it saves a screenshot of every failed test under {@code marketplace.screenshots}.
 */
final class Browser implements TestWatcher {

    private static final String CHROMIUM = System.getProperty("marketplace.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");

    private WebDriver driver;

    WebDriver open() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1280,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Waits for the page of the open browser; Ajax updates and redirects take a moment on a busy CI machine. */
    WebDriverWait await() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class); // an Ajax update replaced the element being read
        return wait;
    }

    /** True when PrimeFaces has no Ajax request queued or in flight, so nothing is about to replace the page's elements. */
    boolean ajaxIdle() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0))"));
    }

    /** Fills in and sends the login form; the caller waits for whatever the outcome should show. */
    void submitLogin(String login, String password) {
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
        driver.findElement(By.id("login")).clear();
        driver.findElement(By.id("login")).sendKeys(login);
        driver.findElement(By.id("password")).clear();
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("submit")).click();
    }

    /** Signs in from the login page and waits for the console header with the account ID. */
    void logIn(String baseUrl, String login, String password) {
        driver.get(baseUrl + "/login.xhtml");
        submitLogin(login, password);
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("accountId")));
    }

    void logOut() {
        driver.findElement(By.id("logout")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
    }

    void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver instanceof TakesScreenshot camera) {
            try {
                Path folder = Path.of(System.getProperty("marketplace.screenshots", "target/screenshots"));
                Files.createDirectories(folder);
                Path shot = folder.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + ".png");
                Files.copy(camera.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
                System.err.println("Screenshot of the failure: " + shot.toAbsolutePath());
            } catch (IOException | RuntimeException e) {
                System.err.println("Could not save a screenshot: " + e);
            }
        }
        close();
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        close();
    }
}
