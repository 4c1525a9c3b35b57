package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openparcs.db.DatabaseFactory;
import org.openparcs.portal.user.model.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The revenue auditor's pages over real HTTP and MariaDB, fed through the real ingest endpoint with
 * the events the garage's outbox sends: findings without plates in the list, plates only on a
 * finding whose rule needs them and audited (POLICY A5, T1), garage scopes answering like absence
 * (A6), dispositions recorded and audited, and the revenue report summed over nightly reports.
 */
@MicronautTest(transactional = false)
class RevenuePortalIT {

  private static boolean seeded;
  private static UUID mismatch;
  private static UUID voids;
  private static UUID otherGarage;

  @Inject EmbeddedServer server;
  @Inject TestClock clock;
  @Inject Accounts accounts;
  @Inject org.openparcs.portal.user.application.PortalUsers users;
  @Inject DatabaseFactory.PooledDatabase database;
  @Inject org.openparcs.portal.audit.application.AuditTrail trail;
  @Inject org.openparcs.portal.common.application.UnitOfWork unitOfWork;

  @BeforeEach
  void seed() {
    if (seeded) {
      return;
    }
    seeded = true;
    accounts.create("rev.rita", "Finance", Role.REVENUE_AUDITOR, true, "G1");
    accounts.create("op.otto", "Parking Operations", Role.OPERATOR, true, "G1");
    accounts.create("rev.untrained", "Finance", Role.REVENUE_AUDITOR, false, "G1");
    RevenueFixtures garage = new RevenueFixtures(server.getURI());
    Instant now = clock.instant();
    mismatch =
        garage.finding(
            "G1",
            "EXIT_PLATE_MISMATCH",
            5,
            "HIGH",
            2400,
            "entered as [plate] but left as [plate] on one credential",
            "[\"7ABC123\",\"7XYZ999\"]",
            now.minusSeconds(7200));
    voids =
        garage.finding(
            "G1",
            "CASHIER_VOID",
            8,
            "MEDIUM",
            1500,
            "cashier c.lee voided 4 of 10 payments",
            "[]",
            now.minusSeconds(3600));
    otherGarage =
        garage.finding(
            "G2",
            "PLATE_IN_TWO_PLACES",
            11,
            "HIGH",
            0,
            "[plate] read at entry-1 and at exit-9",
            "[\"6CLN000\"]",
            now.minusSeconds(3600));
    garage.garageDisposition("G1", voids, "INVESTIGATING", now.minusSeconds(1800));
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    garage.dailyReport("G1", today.minusDays(2), 10000, 9000, "exit-1", "c.lee");
    garage.dailyReport("G1", today.minusDays(1), 5000, 5000, "exit-2", "c.lee");
    garage.dailyReport("G2", today.minusDays(1), 777700, 0, "exit-9", "x");
  }

  @Test
  void theFindingsListShowsTheAuditorsGaragesFindingsWithoutPlatesPolicyA5A6() {
    PortalHttp rita = logIn("rev.rita");
    String page = rita.get("/findings", "text/html").body();
    assertThat(page)
        .contains(mismatch.toString(), voids.toString(), "USD 24.00", "INVESTIGATING")
        .doesNotContain(otherGarage.toString(), "7ABC123", "7XYZ999", "6CLN000");
    assertThat(rita.get("/findings?garage=G2", "text/html").body())
        .doesNotContain(otherGarage.toString());
  }

  @Test
  void aFindingWhoseRuleNeedsPlatesShowsThemAndTheViewIsAuditedPolicyA5T1() {
    PortalHttp rita = logIn("rev.rita");
    HttpResponse<String> shown = rita.get("/findings/G1/" + mismatch, "text/html");
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).contains("7ABC123, 7XYZ999", "EXIT_PLATE_MISMATCH", "USD 24.00");
    // Terms are sealed at rest (POLICY K1): read through the trail; they name the plates shown.
    assertThat(
            unitOfWork.reading(trail::readAll).stream()
                .map(r -> r.entry())
                .filter(e -> e.action() == org.openparcs.portal.audit.model.AuditAction.ALPR_VIEW)
                .filter(e -> "rev.rita".equals(e.username()))
                .filter(e -> "revenue-protection".equals(e.access().purpose()))
                .filter(
                    e ->
                        e.access()
                            .terms()
                            .equals("finding=G1/" + mismatch + " plates=7ABC123,7XYZ999")))
        .hasSize(1);

    HttpResponse<String> cashier = rita.get("/findings/G1/" + voids, "text/html");
    assertThat(cashier.body()).contains("does not need them").doesNotContain("finding-plates\"");
  }

  @Test
  void aUserWithoutCurrentTrainingSeesTheFindingButNotItsPlatesPolicyA4() {
    HttpResponse<String> shown =
        logIn("rev.untrained").get("/findings/G1/" + mismatch, "text/html");
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).contains("Not shown").doesNotContain("7ABC123");
  }

  @Test
  void aFindingOfAnotherGarageAnswersExactlyLikeOneThatDoesNotExistPolicyA6() {
    PortalHttp rita = logIn("rev.rita");
    HttpResponse<String> hidden = rita.get("/findings/G2/" + otherGarage, "text/html");
    HttpResponse<String> absent = rita.get("/findings/G2/" + UUID.randomUUID(), "text/html");
    HttpResponse<String> absentHere = rita.get("/findings/G1/" + UUID.randomUUID(), "text/html");
    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(absent.statusCode()).isEqualTo(404);
    assertThat(withoutTokens(hidden.body()))
        .isEqualTo(withoutTokens(absent.body()))
        .isEqualTo(withoutTokens(absentHere.body()));
    HttpResponse<String> hiddenRevenue = rita.get("/revenue?garage=G2", "text/html");
    HttpResponse<String> absentRevenue = rita.get("/revenue?garage=G9", "text/html");
    assertThat(hiddenRevenue.statusCode()).isEqualTo(404);
    assertThat(withoutTokens(hiddenRevenue.body()).replace("G2", "G9"))
        .isEqualTo(withoutTokens(absentRevenue.body()));
    assertThat(hiddenRevenue.body()).doesNotContain("7777.00");
  }

  @Test
  void aUserIsScopedToEveryGarageGivenAtOncePolicyA6() {
    // Two garages in one change of access: the store wrote none of them before (bulk INSERT ...
    // SELECT refused by the driver).
    var two = accounts.create("rev.two", "Finance", Role.REVENUE_AUDITOR, true, "G1", "G2");
    assertThat(unitOfWork.inTransaction(() -> users.scopes(two.id())))
        .extracting(org.openparcs.portal.garage.model.GarageId::value)
        .containsExactlyInAnyOrder("G1", "G2");
  }

  @Test
  void anOperatorIsRefusedTheRevenuePagesPolicyA5() {
    PortalHttp otto = logIn("op.otto");
    assertThat(otto.get("/findings", "text/html").statusCode()).isEqualTo(403);
    assertThat(otto.get("/findings/G1/" + mismatch, "text/html").statusCode()).isEqualTo(403);
    assertThat(otto.get("/revenue", "text/html").statusCode()).isEqualTo(403);
  }

  @Test
  void anAuditorsDispositionIsKeptAsHistoryAndAudited() {
    PortalHttp rita = logIn("rev.rita");
    String token = PortalHttp.csrfToken(rita.get("/findings/G1/" + voids, "text/html").body());
    HttpResponse<String> noReason =
        rita.postForm(
            "/findings/G1/" + voids + "/disposition",
            Map.of("disposition", "EXPLAINED", "note", " ", "csrfToken", token));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("say why");
    HttpResponse<String> recorded =
        rita.postForm(
            "/findings/G1/" + voids + "/disposition",
            Map.of(
                "disposition",
                "EXPLAINED",
                "note",
                "training voids, signed off",
                "csrfToken",
                token));
    assertThat(recorded.statusCode()).isEqualTo(303);
    String page = rita.get("/findings/G1/" + voids, "text/html").body();
    assertThat(page).contains("training voids, signed off", "looked at by the garage");
    assertThat(page.replaceAll("(?s).*id=\"finding-disposition\">([A-Z_]+)<.*", "$1"))
        .isEqualTo("EXPLAINED");
    Sql sql = new Sql(database.raw());
    // The detail quotes the note, so it is sealed (POLICY K1): opened to be checked.
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM audit_record WHERE action = 'FINDING_DISPOSED'"
                    + " AND username = 'rev.rita'"))
        .isEqualTo(1);
    assertThat(sql.auditDetails("FINDING_DISPOSED"))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains(voids + ": EXPLAINED: training voids");
    HttpResponse<String> forged =
        rita.postForm(
            "/findings/G2/" + otherGarage + "/disposition",
            Map.of("disposition", "EXPLAINED", "note", "not mine", "csrfToken", token));
    assertThat(forged.statusCode()).isEqualTo(404);
    assertThat(forged.body()).contains("No finding you may see has this id");
    assertThat(sql.count("SELECT COUNT(*) FROM finding_review WHERE garage_id = 'G2'")).isZero();
  }

  @Test
  void theRevenueReportSumsTheNightlyReportsByDayLaneMethodAndCashier() {
    PortalHttp rita = logIn("rev.rita");
    HttpResponse<String> page = rita.get("/revenue?garage=G1", "text/html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "id=\"revenue-expected\">USD 150.00<",
            "id=\"revenue-collected\">USD 140.00<",
            "id=\"revenue-gap\" class=\"error\">USD 10.00<",
            "data-key=\"exit-1\"",
            "data-key=\"exit-2\"",
            "Collected by day",
            "<rect")
        .doesNotContain("7777.00");
    assertThat(rita.get("/revenue?garage=G1&from=2026-13-01", "text/html").statusCode())
        .isEqualTo(400);
  }

  @Test
  void theRevenueAuditorReadsTheReportAndRecordsADispositionInChromium() throws Exception {
    try (Chromium chromium = Chromium.startOrSkip()) {
      WebDriver browser = chromium.browser();
      String base = "http://localhost:" + server.getPort();
      browser.get(base + "/login");
      chromium.waitFor(By.id("username")).sendKeys("rev.rita");
      browser.findElement(By.id("password")).sendKeys(Accounts.PASSWORD);
      browser.findElement(By.id("login-submit")).click();
      chromium.waitFor(By.id("code")).sendKeys(Totp.code(Accounts.SECRET, clock.nextTotpStep()));
      browser.findElement(By.id("mfa-submit")).click();
      chromium.waitFor(By.id("current-user"));

      browser.findElement(By.linkText("Revenue")).click();
      assertThat(chromium.waitFor(By.id("revenue-expected")).getText()).isEqualTo("USD 150.00");
      assertThat(browser.findElement(By.id("revenue-collected")).getText()).isEqualTo("USD 140.00");
      assertThat(browser.findElements(By.cssSelector("figure.chart svg rect.bar"))).isNotEmpty();
      assertThat(
              browser
                  .findElement(
                      By.cssSelector("table[data-dimension='CASHIER'] tr[data-key='c.lee']"))
                  .getText())
          .contains("USD 140.00");
      chromium.keepScreenshot("revenue.png");

      browser.findElement(By.id("revenue-findings")).click();
      chromium.waitFor(By.id("findings"));
      assertThat(browser.findElement(By.id("findings")).getText()).doesNotContain("7ABC123");
      browser
          .findElement(By.cssSelector("tr[data-rule='EXIT_PLATE_MISMATCH'] a.finding-link"))
          .click();
      assertThat(chromium.waitFor(By.id("finding-plates")).getText()).isEqualTo("7ABC123, 7XYZ999");
      assertThat(browser.findElement(By.id("finding-evidence")).getText())
          .contains("reads", "sessions");
      new Select(browser.findElement(By.id("disposition"))).selectByValue("CONFIRMED_LOSS");
      browser.findElement(By.id("disposition-note")).sendKeys("plate swap confirmed on video");
      browser.findElement(By.id("disposition-submit")).click();
      assertThat(chromium.waitFor(By.id("finding-disposition")).getText())
          .isEqualTo("CONFIRMED_LOSS");
      assertThat(browser.findElement(By.id("finding-history")).getText())
          .contains("rev.rita", "plate swap confirmed on video");
      chromium.keepScreenshot("finding.png");
    }
  }

  private PortalHttp logIn(String username) {
    PortalHttp http = new PortalHttp(server.getURI());
    http.logIn(username, Accounts.PASSWORD, Accounts.SECRET, clock);
    return http;
  }

  private static String withoutTokens(String html) {
    return html.replaceAll("value=\"[^\"]{20,}\"", "value=\"\"");
  }
}
