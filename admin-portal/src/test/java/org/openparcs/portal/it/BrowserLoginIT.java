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
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.user.model.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver): log-on with
 * password and TOTP code (POLICY A1), the garages page with lane status and charts, a plate search
 * with purpose, and the audit trail and log-on attempts showing it (POLICY T1, A2). Skipped, with a
 * message, on a machine without them.
 */
@MicronautTest(transactional = false)
class BrowserLoginIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static final java.util.concurrent.atomic.AtomicLong SEQS =
      new java.util.concurrent.atomic.AtomicLong();

  @Inject EmbeddedServer server;
  @Inject TestClock clock;
  @Inject Accounts accounts;

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
        "--window-size=1280,1000",
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
  void logsOnWithACodeSearchesAPlateWithAPurposeAndFindsTheSearchInTheAuditTrail()
      throws IOException {
    accounts.trainCoordinator();
    ingestPlateRead("BROWSER1");
    browser.get(base + "/");
    assertThat(browser.getCurrentUrl())
        .as("anonymous visitors land on the form")
        .endsWith("/login");

    submitLogin("coord", "not-the-password");
    assertThat(waitFor(By.id("login-error")).getText()).contains("Log-in failed");

    submitLogin("coord", Accounts.PASSWORD);
    waitFor(By.id("code")).sendKeys(Totp.code(Accounts.SECRET, clock.nextTotpStep()));
    browser.findElement(By.id("mfa-submit")).click();
    waitFor(By.id("current-user"));
    String page = browser.findElement(By.tagName("main")).getText();
    assertThat(page).contains("Harbor Garage", "plate_read", "lane X1").doesNotContain("BROWSER1");
    assertThat(browser.findElements(By.cssSelector("figure.chart svg"))).isNotEmpty();
    keepScreenshot("garages.png");

    browser.get(base + "/search");
    waitFor(By.id("plate")).sendKeys("browser1");
    browser.findElement(By.id("search-submit")).click();
    assertThat(waitFor(By.id("search-refused")).getText()).contains("purpose");
    browser.findElement(By.id("plate")).clear();
    browser.findElement(By.id("plate")).sendKeys("browser1");
    new Select(browser.findElement(By.id("purpose"))).selectByValue("parking-enforcement");
    browser.findElement(By.id("search-submit")).click();
    assertThat(waitFor(By.id("result-count")).getText()).isEqualTo("1 read(s)");
    assertThat(browser.findElement(By.className("read-plate")).getText()).isEqualTo("BROWSER1");
    keepScreenshot("search.png");

    browser.get(base + "/audit?action=ALPR_SEARCH");
    assertThat(waitFor(By.id("audit-records")).getText())
        .contains("ALPR_SEARCH", "parking-enforcement", "plate=browser1");
    keepScreenshot("audit.png");
    browser.get(base + "/logons");
    assertThat(waitFor(By.id("audit-records")).getText())
        .contains("LOGIN_FAILED", "WRONG_PASSWORD", "LOGIN_SUCCEEDED");

    browser.findElement(By.id("logout")).click();
    assertThat(waitFor(By.id("logged-out")).getText()).contains("logged out");
  }

  @Test
  void aCoordinatorRecordsTrainingAndTheUserSignsTheAcknowledgementBeforeSeeingPlates()
      throws IOException {
    accounts.create("trainee", "Parking Division", Role.OPERATOR, false, "G2");
    ingestPlateRead("TRAIN42");
    logInInBrowser("trainee");
    browser.get(base + "/search?plate=TRAIN42&purpose=parking-enforcement");
    assertThat(waitFor(By.id("training-lapsed")).getText()).contains("training");
    assertThat(browser.findElement(By.id("search-refused")).getText()).contains("POLICY A4");
    browser.findElement(By.id("logout")).click();
    waitFor(By.id("logged-out"));

    logInInBrowser("coord");
    browser.get(base + "/users");
    WebElement trainee =
        waitFor(By.cssSelector("section[data-username='trainee'] form.user-training"));
    WebElement day = trainee.findElement(By.name("completedOn"));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1]", day, LocalDate.now(clock).toString());
    trainee.findElement(By.tagName("button")).click();
    assertThat(waitFor(By.cssSelector("section[data-username='trainee'] ul.training")).getText())
        .contains("trained", "recorded by coord");
    keepScreenshot("users.png");
    browser.findElement(By.id("logout")).click();
    waitFor(By.id("logged-out"));

    logInInBrowser("trainee");
    browser.get(base + "/account");
    for (WebElement statement : browser.findElements(By.cssSelector("label.statement input"))) {
      statement.click();
    }
    browser.findElement(By.id("signature")).sendKeys("Terry Trainee");
    browser.findElement(By.id("sign")).click();
    assertThat(waitFor(By.id("training-status")).getText()).isEqualTo("allowed");
    keepScreenshot("account.png");
    browser.get(base + "/search?plate=TRAIN42&purpose=parking-enforcement");
    assertThat(waitFor(By.id("result-count")).getText()).isEqualTo("1 read(s)");
  }

  private void logInInBrowser(String username) {
    browser.get(base + "/login");
    submitLogin(username, Accounts.PASSWORD);
    waitFor(By.id("code")).sendKeys(Totp.code(Accounts.SECRET, clock.nextTotpStep()));
    browser.findElement(By.id("mfa-submit")).click();
    waitFor(By.id("current-user"));
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
    long seq = SEQS.incrementAndGet();
    String event =
        Batches.event(
            "browser",
            seq,
            "plate_read",
            "{\"plate\":\"" + plate + "\",\"laneId\":\"X1\",\"lane\":\"X1\"}");
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
