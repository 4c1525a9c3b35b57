package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
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
 * The law's pages in a real headless Chromium: a sharing request approved with a commander's name
 * and date (POLICY S2, T4), and a hot-list hit confirmed against the read with its disposition
 * (POLICY U3). Skipped, with a message, on a machine without Chromium and its driver.
 */
@MicronautTest(transactional = false)
class BrowserLawIT {

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
    accounts.trainCoordinator();
  }

  @AfterEach
  void stopChromium() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void theCoordinatorApprovesASharingRequestWithTheCommandersNameAndDatePolicyS2()
      throws IOException {
    ingestRead("BRW4242", 1);
    logIn("coord");
    browser.get(base + "/sharing");
    chromium.waitFor(By.id("agency-name")).sendKeys("Sunnyvale Police Department");
    new Select(browser.findElement(By.id("agency-kind"))).selectByValue("LAW_ENFORCEMENT");
    browser.findElement(By.id("agency-submit")).click();

    new Select(chromium.waitFor(By.id("request-agency")))
        .selectByVisibleText("Sunnyvale Police Department");
    browser.findElement(By.id("request-requester")).sendKeys("Det. Ames");
    browser.findElement(By.id("request-contact")).sendKeys("ames@svpd.example");
    browser.findElement(By.id("request-reason")).sendKeys("vehicle seen near a robbery");
    browser.findElement(By.id("request-crime")).sendKeys("robbery");
    browser.findElement(By.id("request-case")).sendKeys("SV-2026-0777");
    browser.findElement(By.id("request-plates")).sendKeys("BRW4242");
    setValue(browser.findElement(By.id("request-from")), today());
    setValue(browser.findElement(By.id("request-to")), today());
    browser.findElement(By.id("request-submit")).click();
    assertThat(chromium.waitFor(By.id("notice")).getText()).contains("waits for a decision");

    WebElement decision = chromium.waitFor(By.cssSelector("form.decision"));
    decision.findElement(By.name("commanderName")).sendKeys("Cmdr. Ruiz");
    setValue(decision.findElement(By.name("commanderApprovedOn")), today());
    decision.findElement(By.cssSelector("button[value='approve']")).click();
    WebElement row = chromium.waitFor(By.cssSelector("#requests tbody tr"));
    assertThat(row.findElement(By.className("request-status")).getText()).isEqualTo("RELEASED");
    assertThat(row.getText()).contains("commander Cmdr. Ruiz on " + today(), "1 record(s) shared");
    chromium.keepScreenshot("sharing.png");

    browser.get(base + "/audit?action=ALPR_SHARED");
    assertThat(chromium.waitFor(By.id("audit-records")).getText())
        .contains("ALPR_SHARED", "Sunnyvale Police Department", "BRW4242");
  }

  @Test
  void aPersonConfirmsAHotListHitAgainstTheReadAndRecordsTheDispositionPolicyU3()
      throws IOException {
    accounts.create("officer.olly", "Parking Enforcement", Role.OPERATOR, true, "G1");
    PortalHttp coordinator = new PortalHttp(server.getURI());
    coordinator.logInAsCoordinator(clock);
    String token = PortalHttp.csrfToken(coordinator.get("/account", "text/html").body());
    coordinator.postForm(
        "/hotlists", Map.of("name", "Stolen (browser)", "kind", "STOLEN", "csrfToken", token));
    PortalHttp olly = new PortalHttp(server.getURI());
    olly.logIn("officer.olly", Accounts.PASSWORD, Accounts.SECRET, clock);
    String ollyToken = PortalHttp.csrfToken(olly.get("/account", "text/html").body());
    HttpResponse<String> lists = olly.get("/hotlists", "text/html");
    String listId = lists.body().replaceAll("(?s).*action=\"/hotlists/(\\d+)/entries\".*", "$1");
    olly.postForm(
        "/hotlists/" + listId + "/entries",
        Map.of(
            "plate",
            "HOT777",
            "name",
            "Officer Olly",
            "badge",
            "5150",
            "unit",
            "Auto Theft",
            "caseNumbers",
            "SJ-2026-0555",
            "synopsis",
            "stolen vehicle",
            "csrfToken",
            ollyToken));

    logIn("coord");
    browser.get(base + "/hotlists");
    chromium.waitFor(By.cssSelector("tr[data-entry='HOT777'] form.approve button")).click();
    assertThat(chromium.waitFor(By.cssSelector("tr[data-entry='HOT777'] .entry-state")).getText())
        .isEqualTo("approved by coord");
    ingestRead("HOT777", 2);

    browser.get(base + "/hits");
    chromium.waitFor(By.className("hit-link")).click();
    assertThat(chromium.waitFor(By.id("hit-plate")).getText()).isEqualTo("HOT777");
    assertThat(browser.findElement(By.id("hit-image")).getText()).contains("Not available");
    assertThat(browser.findElement(By.id("hit-entry")).getText())
        .contains("Officer Olly #5150, Auto Theft", "SJ-2026-0555");
    browser.findElement(By.id("disposition-submit")).click();
    assertThat(chromium.waitFor(By.id("problems")).getText()).contains("compared the plate text");
    browser.findElement(By.id("compared")).click();
    new Select(browser.findElement(By.id("disposition"))).selectByValue("MATCH_CONFIRMED");
    browser.findElement(By.id("disposition-note")).sendKeys("plate matches the vehicle");
    browser.findElement(By.id("disposition-submit")).click();
    assertThat(chromium.waitFor(By.id("hit-outcome")).getText())
        .startsWith("MATCH_CONFIRMED by coord")
        .contains("plate text compared with the image", "plate matches the vehicle");
    chromium.keepScreenshot("hit.png");
  }

  private String today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
  }

  private void setValue(WebElement input, String value) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
  }

  private void logIn(String username) {
    browser.get(base + "/login");
    chromium.waitFor(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(Accounts.PASSWORD);
    browser.findElement(By.id("login-submit")).click();
    chromium.waitFor(By.id("code")).sendKeys(Totp.code(Accounts.SECRET, clock.nextTotpStep()));
    browser.findElement(By.id("mfa-submit")).click();
    chromium.waitFor(By.id("current-user"));
  }

  private void ingestRead(String plate, long seq) {
    String event =
        Batches.eventAt(
            "browser-law",
            seq,
            "plate_read",
            clock.instant(),
            "{\"plate\":\"" + plate + "\",\"lane\":\"entry-1\",\"camera\":\"cam-1\"}");
    HttpResponse<String> answer =
        new PortalHttp(server.getURI())
            .postJson("/api/garages/G1/events", "test-token-garage-one-0001", Batches.of(event));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }
}
