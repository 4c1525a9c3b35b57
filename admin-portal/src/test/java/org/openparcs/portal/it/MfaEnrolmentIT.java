package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A new user's first log-on, over real HTTP (POLICY A1, A3, A5): the coordinator grants access with
 * a temporary password; the user enrols TOTP by QR code (or its text), keeps the recovery codes,
 * changes the password, and only then reaches the portal. A recovery code then logs in once.
 */
@MicronautTest(transactional = false)
class MfaEnrolmentIT {

  private static final String HTML = "text/html";
  private static final Pattern SECRET = Pattern.compile("id=\"enrol-secret\">([A-Z2-7]+)<");
  private static final Pattern CODES = Pattern.compile("class=\"recovery-code\">([^<]+)<");

  @Inject EmbeddedServer server;
  @Inject TestClock clock;

  @Test
  void aNewUserEnrolsByQrCodeChangesTheTemporaryPasswordAndLaterUsesARecoveryCode() {
    PortalHttp coordinator = new PortalHttp(server.getURI());
    coordinator.logInAsCoordinator(clock);
    String token = PortalHttp.csrfToken(coordinator.get("/users", HTML).body());
    HttpResponse<String> created =
        coordinator.postFormMulti(
            "/users",
            List.of(
                Map.entry("username", "dana"),
                Map.entry("displayName", "Dana Operator"),
                Map.entry("department", "Parking Division"),
                Map.entry("password", "Temporary-Pass-2026"),
                Map.entry("roles", "OPERATOR"),
                Map.entry("csrfToken", token)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);

    PortalHttp dana = new PortalHttp(server.getURI());
    assertThat(dana.logIn("dana", "Temporary-Pass-2026").headers().firstValue("Location"))
        .as("no second factor yet: enrol")
        .contains("/login/enrol");
    HttpResponse<String> enrolPage = dana.get("/login/enrol", HTML);
    Matcher secret = SECRET.matcher(enrolPage.body());
    assertThat(secret.find()).as(enrolPage.body()).isTrue();
    HttpResponse<byte[]> qr = dana.getBytes("/login/enrol/qr.png");
    assertThat(qr.statusCode()).isEqualTo(200);
    assertThat(qr.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(dana.get("/", HTML).statusCode()).as("not logged in while enrolling").isEqualTo(303);

    String enrolToken = PortalHttp.csrfToken(enrolPage.body());
    HttpResponse<String> confirmed =
        dana.postForm(
            "/login/enrol",
            Map.of(
                "code", Totp.code(secret.group(1), clock.nextTotpStep()), "csrfToken", enrolToken));
    assertThat(confirmed.statusCode()).isEqualTo(200);
    List<String> recovery = CODES.matcher(confirmed.body()).results().map(m -> m.group(1)).toList();
    assertThat(recovery).hasSize(10);
    assertThat(confirmed.body()).contains("href=\"/login/password\"");
    assertThat(dana.get("/", HTML).statusCode())
        .as("a temporary password is changed before the session starts (POLICY A3)")
        .isEqualTo(303);

    String pwToken = PortalHttp.csrfToken(dana.get("/login/password", HTML).body());
    HttpResponse<String> weak =
        dana.postForm(
            "/login/password",
            Map.of("current", "Temporary-Pass-2026", "proposed", "short", "csrfToken", pwToken));
    assertThat(weak.body()).contains("at least 12 characters");
    HttpResponse<String> changed =
        dana.postForm(
            "/login/password",
            Map.of(
                "current", "Temporary-Pass-2026",
                "proposed", "Own-Passphrase-2026!",
                "csrfToken", pwToken));
    assertThat(changed.statusCode()).isEqualTo(303);
    assertThat(dana.get("/", HTML).statusCode()).isEqualTo(200);

    PortalHttp later = new PortalHttp(server.getURI());
    later.logIn("dana", "Own-Passphrase-2026!");
    assertThat(later.submitCode(recovery.get(0)).headers().firstValue("Location").orElseThrow())
        .doesNotContain("failed");
    PortalHttp again = new PortalHttp(server.getURI());
    again.logIn("dana", "Own-Passphrase-2026!");
    assertThat(again.submitCode(recovery.get(0)).headers().firstValue("Location"))
        .as("a recovery code works once")
        .contains("/login?failed");
  }
}
