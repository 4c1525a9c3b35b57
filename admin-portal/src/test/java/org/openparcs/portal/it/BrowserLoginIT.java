package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.user.model.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver): log-on with
 * password and TOTP code (POLICY A1), the garages page with lane status and charts, a plate search
 * with purpose, and the audit trail and log-on attempts showing it (POLICY T1, A2). Skipped, with a
 * message, on a machine without them.
 */
@MicronautTest(transactional = false)
class BrowserLoginIT {

  private static final java.util.concurrent.atomic.AtomicLong SEQS =
      new java.util.concurrent.atomic.AtomicLong();

  @Inject EmbeddedServer server;
  @Inject TestClock clock;
  @Inject Accounts accounts;

  private Chromium chromium;
  private WebDriver browser;
  private String base;

  @BeforeEach
  void startChromium() throws IOException {
    chromium = Chromium.startOrSkip();
    browser = chromium.browser();
    base = "http://localhost:" + server.getPort();
  }

  @AfterEach
  void stopChromium() {
    if (chromium != null) {
      chromium.close();
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
    assertThat(chromium.waitFor(By.id("login-error")).getText()).contains("Log-in failed");

    submitLogin("coord", Accounts.PASSWORD);
    chromium.waitFor(By.id("code")).sendKeys(Totp.code(Accounts.SECRET, clock.nextTotpStep()));
    browser.findElement(By.id("mfa-submit")).click();
    chromium.waitFor(By.id("current-user"));
    String page = browser.findElement(By.tagName("main")).getText();
    assertThat(page).contains("Harbor Garage", "plate_read", "lane X1").doesNotContain("BROWSER1");
    assertThat(browser.findElements(By.cssSelector("figure.chart svg"))).isNotEmpty();
    chromium.keepScreenshot("garages.png");

    browser.get(base + "/search");
    chromium.waitFor(By.id("plate")).sendKeys("browser1");
    browser.findElement(By.id("search-submit")).click();
    assertThat(chromium.waitFor(By.id("search-refused")).getText()).contains("purpose");
    browser.findElement(By.id("plate")).clear();
    browser.findElement(By.id("plate")).sendKeys("browser1");
    new Select(browser.findElement(By.id("purpose"))).selectByValue("parking-enforcement");
    browser.findElement(By.id("search-submit")).click();
    assertThat(chromium.waitFor(By.id("result-count")).getText()).isEqualTo("1 read(s)");
    assertThat(browser.findElement(By.className("read-plate")).getText()).isEqualTo("BROWSER1");
    chromium.keepScreenshot("search.png");

    browser.get(base + "/audit?action=ALPR_SEARCH");
    assertThat(chromium.waitFor(By.id("audit-records")).getText())
        .contains("ALPR_SEARCH", "parking-enforcement", "plate=browser1");
    chromium.keepScreenshot("audit.png");
    browser.get(base + "/logons");
    assertThat(chromium.waitFor(By.id("audit-records")).getText())
        .contains("LOGIN_FAILED", "WRONG_PASSWORD", "LOGIN_SUCCEEDED");

    browser.findElement(By.id("logout")).click();
    assertThat(chromium.waitFor(By.id("logged-out")).getText()).contains("logged out");
  }

  @Test
  void aCoordinatorRecordsTrainingAndTheUserSignsTheAcknowledgementBeforeSeeingPlates()
      throws IOException {
    accounts.create("trainee", "Parking Division", Role.OPERATOR, false, "G2");
    ingestPlateRead("TRAIN42");
    logInInBrowser("trainee");
    browser.get(base + "/search?plate=TRAIN42&purpose=parking-enforcement");
    assertThat(chromium.waitFor(By.id("training-lapsed")).getText()).contains("training");
    assertThat(browser.findElement(By.id("search-refused")).getText()).contains("POLICY A4");
    browser.findElement(By.id("logout")).click();
    chromium.waitFor(By.id("logged-out"));

    logInInBrowser("coord");
    browser.get(base + "/users");
    WebElement trainee =
        chromium.waitFor(By.cssSelector("section[data-username='trainee'] form.user-training"));
    WebElement day = trainee.findElement(By.name("completedOn"));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1]", day, LocalDate.now(clock).toString());
    trainee.findElement(By.tagName("button")).click();
    assertThat(
            chromium
                .waitFor(By.cssSelector("section[data-username='trainee'] ul.training"))
                .getText())
        .contains("trained", "recorded by coord");
    chromium.keepScreenshot("users.png");
    browser.findElement(By.id("logout")).click();
    chromium.waitFor(By.id("logged-out"));

    logInInBrowser("trainee");
    browser.get(base + "/account");
    for (WebElement statement : browser.findElements(By.cssSelector("label.statement input"))) {
      statement.click();
    }
    browser.findElement(By.id("signature")).sendKeys("Terry Trainee");
    browser.findElement(By.id("sign")).click();
    assertThat(chromium.waitFor(By.id("training-status")).getText()).isEqualTo("allowed");
    chromium.keepScreenshot("account.png");
    browser.get(base + "/search?plate=TRAIN42&purpose=parking-enforcement");
    assertThat(chromium.waitFor(By.id("result-count")).getText()).isEqualTo("1 read(s)");
  }

  private void logInInBrowser(String username) {
    browser.get(base + "/login");
    submitLogin(username, Accounts.PASSWORD);
    chromium.waitFor(By.id("code")).sendKeys(Totp.code(Accounts.SECRET, clock.nextTotpStep()));
    browser.findElement(By.id("mfa-submit")).click();
    chromium.waitFor(By.id("current-user"));
  }

  private void submitLogin(String username, String password) {
    chromium.waitFor(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("login-submit")).click();
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
}
