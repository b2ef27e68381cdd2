package org.newsgraph.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real browser: Debian's chromium and chromedriver (NEWSGRAPH_CHROMIUM and NEWSGRAPH_CHROMEDRIVER
 * override where they lie), headless, with no background networking and a fresh profile.
 * When they are missing the test fails under CI=true and is skipped, loudly, elsewhere.
 */
final class Chromium {

    private Chromium() {}

    static WebDriver start(Path profile) {
        String browser = env("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium");
        String driver = env("NEWSGRAPH_CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(browser)) || !Files.isExecutable(Path.of(driver))) {
            String message = "chromium or chromedriver missing (" + browser + ", " + driver + "): run ./run-tests,"
                    + " which installs them (apt-get install chromium chromium-driver), or set NEWSGRAPH_CHROMIUM"
                    + " and NEWSGRAPH_CHROMEDRIVER";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail("browser tests cannot run: " + message);
            System.err.println("SKIPPED LOUDLY: browser tests: " + message);
            Assumptions.abort("SKIPPED LOUDLY: " + message);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000");
        WebDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return d;
    }

    /** Waits until the app has drawn the page of that name (body[data-page]). */
    static void waitFor(WebDriver d, String page) {
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> page.equals(
                x.findElement(org.openqa.selenium.By.tagName("body")).getAttribute("data-page")));
    }

    /** Saves a screenshot as docs/screenshots/NAME.png in the repository (overwritten each run). */
    static Path screenshot(WebDriver d, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("..", "docs", "screenshots"));
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
