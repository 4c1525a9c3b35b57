package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;

/**
 * The login form and the garages page in a real headless Chromium (Debian's chromium and
 * chromium-driver). Skipped, with a message, on a machine without them.
 */
@MicronautTest(transactional = false)
class BrowserLoginIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @Inject EmbeddedServer server;

  private WebDriver browser;
  private Path profile;
  private String base;

  @BeforeEach
  void startChromium() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String skipped =
        "browser test skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing"
            + " (apt-get install -y chromium chromium-driver)";
    if (!installed) {
      LoggerFactory.getLogger(BrowserLoginIT.class).warn(skipped);
    }
    assumeTrue(installed, skipped);
    // With the driver given explicitly, Selenium Manager is never asked to download anything.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    profile = Files.createTempDirectory("parcs-chromium-");
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
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    base = "http://localhost:" + server.getPort();
  }

  @AfterEach
  void stopChromium() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      deleteTree(profile.toFile());
    }
  }

  @Test
  void wrongPasswordShowsTheErrorThenTheRightOneShowsTheGarageAndItsEvent() throws IOException {
    ingestPlateRead("BROWSER1");
    browser.get(base + "/");
    assertThat(browser.getCurrentUrl())
        .as("anonymous visitors land on the form")
        .endsWith("/login");

    submitLogin("coord", "not-the-password");
    assertThat(waitFor(By.id("login-error")).getText()).contains("Log-in failed");

    submitLogin("coord", "test-coordinator-password");
    waitFor(By.id("current-user"));
    String page = browser.findElement(By.tagName("main")).getText();
    assertThat(page).contains("Harbor Garage", "plate_read", "plate BROWSER1 · lane X1");
    keepScreenshot("garages.png");

    browser.findElement(By.id("logout")).click();
    assertThat(waitFor(By.id("logged-out")).getText()).contains("logged out");
  }

  /** Leaves a picture of the page in target/screenshots, for a person to look at. */
  private void keepScreenshot(String name) throws IOException {
    Path folder = Files.createDirectories(Path.of("target", "screenshots"));
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(folder.resolve(name), png);
  }

  private void submitLogin(String username, String password) {
    waitFor(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("login-submit")).click();
  }

  private org.openqa.selenium.WebElement waitFor(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private void ingestPlateRead(String plate) {
    PortalHttp garage = new PortalHttp(server.getURI());
    String event =
        Batches.event(
            "browser", 1, "plate_read", "{\"plate\":\"" + plate + "\",\"laneId\":\"X1\"}");
    HttpResponse<String> answer =
        garage.postJson("/api/garages/G2/events", "test-token-garage-two-0002", Batches.of(event));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
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
