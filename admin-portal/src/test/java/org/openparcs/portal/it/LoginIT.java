package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.audit.application.AuditTrail;
import org.openparcs.portal.audit.application.VerifyAuditTrail;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.audit.model.AuditRecord;
import org.openparcs.portal.audit.model.ChainCheck;
import org.openparcs.portal.common.application.UnitOfWork;

/**
 * Form log-on with password and TOTP (POLICY A1), the audit of every attempt and step (POLICY A2),
 * session cookies, CSRF and the garages page, over real HTTP.
 */
@MicronautTest(transactional = false)
class LoginIT {

  private static final String PASSWORD = Accounts.PASSWORD;
  private static final String HTML = "text/html";
  // Far above the seqs other test classes use, as they may share this database.
  private static final AtomicLong LOGIN_SEQS = new AtomicLong(1_000_000_000L);

  @Inject EmbeddedServer server;
  @Inject AuditTrail trail;
  @Inject UnitOfWork unitOfWork;
  @Inject VerifyAuditTrail verify;
  @Inject TestClock clock;

  private PortalHttp browser;

  @BeforeEach
  void freshBrowser() {
    browser = new PortalHttp(server.getURI());
  }

  @Test
  void wrongPasswordFailsShowsTheErrorAndIsAudited() {
    int before = audit().size();

    HttpResponse<String> answer = browser.logIn("coord", "not-the-password");

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location")).contains("/login?failed");
    assertThat(browser.get("/login?failed", HTML).body()).contains("Log-in failed");
    assertThat(browser.get("/", HTML).statusCode()).as("still logged out").isEqualTo(303);
    AuditEntry entry = audit().get(before).entry();
    assertThat(entry.action()).isEqualTo(AuditAction.LOGIN_FAILED);
    assertThat(entry.username()).isEqualTo("coord");
    assertThat(entry.ip()).isEqualTo("127.0.0.1");
    assertThat(entry.detail()).isEqualTo("WRONG_PASSWORD");
    assertThat(verify.verify()).isInstanceOf(ChainCheck.Intact.class);
  }

  @Test
  void theRightPasswordAloneDoesNotLogInPolicyA1() {
    HttpResponse<String> answer = browser.logIn("coord", PASSWORD);

    assertThat(answer.headers().firstValue("Location")).contains("/login/mfa");
    assertThat(browser.get("/", HTML).statusCode()).as("still logged out").isEqualTo(303);
    assertThat(browser.get("/api/garages", "application/json").statusCode()).isEqualTo(401);
    assertThat(audit().get(audit().size() - 1).entry().action())
        .isEqualTo(AuditAction.LOGIN_PASSWORD_ACCEPTED);
  }

  @Test
  void aWrongCodeFailsTheLogOnAndIsAuditedPolicyA2() {
    browser.logIn("coord", PASSWORD);

    HttpResponse<String> answer = browser.submitCode("000000");

    assertThat(answer.headers().firstValue("Location")).contains("/login?failed");
    assertThat(browser.get("/", HTML).statusCode()).isEqualTo(303);
    AuditEntry last = audit().get(audit().size() - 1).entry();
    assertThat(last.action()).isEqualTo(AuditAction.LOGIN_FAILED);
    assertThat(last.detail()).isEqualTo("WRONG_SECOND_FACTOR");
    assertThat(last.ip()).isEqualTo("127.0.0.1");
  }

  @Test
  void theCodeFormCannotBeReachedWithoutThePasswordStep() {
    assertThat(browser.get("/login/mfa", HTML).headers().firstValue("Location")).contains("/login");
    HttpResponse<String> guessed = browser.postForm("/login/mfa", Map.of("code", "123456"));
    assertThat(guessed.headers().firstValue("Location")).contains("/login?failed");
  }

  @Test
  void passwordAndCodeShowTheGaragesWithoutPlatesAndTheEventsIngested() {
    ingest("G1", "test-token-garage-one-0001", "{\"plate\":\"LOGIN1\",\"laneId\":\"E1\"}");

    browser.logIn("coord", PASSWORD);
    String pendingSession = browser.cookie("PARCS_SESSION");
    HttpResponse<String> answer =
        browser.submitCode(Totp.code(Accounts.SECRET, clock.nextTotpStep()));

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location")).contains("/");
    assertThat(browser.cookie("PARCS_SESSION"))
        .as("a new session id at log-on (no session fixation)")
        .isNotNull()
        .isNotEqualTo(pendingSession);
    assertThat(answer.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("PARCS_SESSION=")
                    .contains("HTTPOnly", "SameSite=Strict")
                    .as("plain HTTP: not Secure, or the browser would drop it")
                    .doesNotContain("Secure;")
                    .doesNotEndWith("Secure"));
    assertThat(answer.headers().firstValue("Authorization-Info"))
        .as("the session id travels only in the HttpOnly cookie")
        .isEmpty();
    HttpResponse<String> page = browser.get("/", HTML);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Main Street Garage", "Harbor Garage", "plate_read", "lane E1")
        .as("no plate without a purpose (POLICY U1)")
        .doesNotContain("LOGIN1");
    assertThat(audit().get(audit().size() - 1).entry().action())
        .isEqualTo(AuditAction.LOGIN_SUCCEEDED);
  }

  @Test
  void apiListsTheGaragesForALoggedInUserOnly() {
    assertThat(browser.get("/api/garages", "application/json").statusCode()).isEqualTo(401);

    browser.logInAsCoordinator(clock);
    HttpResponse<String> api = browser.get("/api/garages", "application/json");

    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.body()).contains("\"id\":\"G1\"", "\"name\":\"Harbor Garage\"", "latestEvents");
  }

  @Test
  void escapesWhatGaragesSend() {
    ingest("G2", "test-token-garage-two-0002", "{\"lane\":\"<script>alert(1)</script>\"}");
    browser.logInAsCoordinator(clock);

    String page = browser.get("/", HTML).body();

    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
  }

  @Test
  void sendsAnonymousVisitorsToTheLoginForm() {
    HttpResponse<String> page = browser.get("/", HTML);

    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location")).contains("/login");
  }

  @Test
  void refusesALoginFormPostedWithoutTheCsrfToken() {
    HttpResponse<String> answer =
        browser.postForm("/login", Map.of("username", "coord", "password", PASSWORD));

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location")).contains("/login?failed");
    assertThat(browser.get("/", HTML).statusCode()).as("not logged in").isEqualTo(303);
    assertThat(audit().get(audit().size() - 1).entry().detail()).isEqualTo("FORGED_FORM");
  }

  @Test
  void refusesALogoutFormWithoutTheCsrfToken() {
    browser.logInAsCoordinator(clock);

    HttpResponse<String> answer = browser.postForm("/logout", Map.of("csrfToken", "forged"));

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(browser.get("/", HTML).statusCode()).as("still logged in").isEqualTo(200);
  }

  @Test
  void logoutEndsTheSession() {
    browser.logInAsCoordinator(clock);
    String token = PortalHttp.csrfToken(browser.get("/", HTML).body());

    HttpResponse<String> answer = browser.postForm("/logout", Map.of("csrfToken", token));

    assertThat(answer.headers().firstValue("Location")).contains("/login?loggedOut");
    assertThat(browser.get("/", HTML).statusCode()).isEqualTo(303);
  }

  @Test
  void keepsTheAuditChainIntactUnderConcurrentAttempts() throws Exception {
    int before = audit().size();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<HttpResponse<String>>> attempts = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String user = "intruder" + i;
        attempts.add(pool.submit(() -> new PortalHttp(server.getURI()).logIn(user, "guess")));
      }
      for (Future<HttpResponse<String>> attempt : attempts) {
        assertThat(attempt.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(303);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(audit().subList(before, audit().size()))
        .extracting(r -> r.entry().username())
        .containsExactlyInAnyOrder(
            "intruder0",
            "intruder1",
            "intruder2",
            "intruder3",
            "intruder4",
            "intruder5",
            "intruder6",
            "intruder7");
    assertThat(verify.verify()).isInstanceOf(ChainCheck.Intact.class);
  }

  @Test
  void healthIsOpen() {
    HttpResponse<String> health = browser.get("/health", "application/json");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("UP");
  }

  private void ingest(String garage, String token, String payload) {
    long seq = LOGIN_SEQS.incrementAndGet();
    String event = Batches.event("login-" + seq, seq, "plate_read", payload);
    HttpResponse<String> answer =
        browser.postJson("/api/garages/" + garage + "/events", token, Batches.of(event));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private List<AuditRecord> audit() {
    return unitOfWork.reading(trail::readAll);
  }
}
