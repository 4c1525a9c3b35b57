package org.openparcs.portal.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;

/**
 * Debian's headless Chromium for one test, with a fresh profile; skips the test, with a message, on
 * a machine without Chromium and its driver (as the other browser tests do).
 */
final class Chromium implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final WebDriver browser;
  private final Path profile;

  private Chromium(WebDriver browser, Path profile) {
    this.browser = browser;
    this.profile = profile;
  }

  static Chromium startOrSkip() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String skipped =
        "browser test skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing"
            + " (apt-get install -y chromium chromium-driver)";
    if (!installed) {
      LoggerFactory.getLogger(Chromium.class).warn(skipped);
    }
    assumeTrue(installed, skipped);
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    Path profile = Files.createTempDirectory("parcs-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1400",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new Chromium(new ChromeDriver(service, options), profile);
  }

  WebDriver browser() {
    return browser;
  }

  WebElement waitFor(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  void keepScreenshot(String name) throws IOException {
    Path folder = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(
        folder.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() {
    browser.quit();
    deleteTree(profile.toFile());
  }

  private static void deleteTree(File file) {
    File[] children = file.listFiles();
    if (children != null) {
      for (File child : children) {
        deleteTree(child);
      }
    }
    file.delete();
  }
}
