package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openparcs.portal.user.model.Role;

/**
 * Every role against every endpoint, over real HTTP (POLICY A5: server-side checks on every
 * endpoint, not just menus). Each user is trained and scoped to G1; the table says what each role
 * gets. Anonymous visitors get the log-in form (pages) or 401 (API) everywhere.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

  private static final String PURPOSE = "purpose=parking-enforcement";
  private static final String NO_READ = "00000000-0000-4000-8000-000000000000";

  @Inject EmbeddedServer server;
  @Inject TestClock clock;
  @Inject Accounts accounts;

  private final Map<Role, PortalHttp> browsers = new EnumMap<>(Role.class);
  private long operatorId;

  @BeforeAll
  void everyRoleLoggedIn() {
    accounts.trainCoordinator();
    for (Role role : Role.values()) {
      PortalHttp browser = new PortalHttp(server.getURI());
      if (role == Role.COORDINATOR) {
        browser.logInAsCoordinator(clock);
      } else {
        long id = accounts.create(role.name().toLowerCase(), "Dept", role, true, "G1").id();
        if (role == Role.OPERATOR) {
          operatorId = id;
        }
        browser.logIn(role.name().toLowerCase(), Accounts.PASSWORD, Accounts.SECRET, clock);
      }
      assertThat(browser.get("/account", "text/html").statusCode()).as(role.name()).isEqualTo(200);
      browsers.put(role, browser);
    }
  }

  /**
   * path, accept, then the status for COORDINATOR, OPERATOR, REVENUE_AUDITOR, VENDOR,
   * EXTERNAL_AUDITOR.
   */
  static Stream<Arguments> reads() {
    return Stream.of(
        row("/", "text/html", 200, 200, 200, 200, 403),
        row("/api/garages", "application/json", 200, 200, 200, 200, 403),
        row("/search", "text/html", 200, 200, 200, 200, 403),
        row("/search?plate=7ABC123&" + PURPOSE, "text/html", 200, 200, 400, 200, 403),
        row("/api/reads?plate=7ABC123&" + PURPOSE, "application/json", 200, 200, 400, 200, 403),
        row("/search/export.csv?plate=7ABC123&" + PURPOSE, "text/csv", 200, 200, 400, 200, 403),
        row("/reads/" + NO_READ + "?" + PURPOSE, "text/html", 404, 404, 400, 404, 403),
        row("/audit", "text/html", 200, 403, 403, 403, 200),
        row("/audit/sample?size=5", "text/html", 200, 403, 403, 403, 200),
        row("/audit/export.csv", "text/csv", 200, 403, 403, 403, 200),
        row("/audit/verify", "text/html", 200, 403, 403, 403, 200),
        row("/api/audit/verify", "application/json", 200, 403, 403, 403, 200),
        row("/logons", "text/html", 200, 403, 403, 403, 200),
        row("/users", "text/html", 200, 403, 403, 403, 403),
        row("/account", "text/html", 200, 200, 200, 200, 200),
        row("/retention", "text/html", 200, 403, 403, 403, 403),
        row("/retention/runs/999999", "text/html", 404, 403, 403, 403, 403),
        row("/api/retention/runs", "application/json", 200, 403, 403, 403, 403),
        row("/api/retention/runs/999999", "application/json", 404, 403, 403, 403, 403),
        row("/sharing", "text/html", 200, 403, 403, 403, 403),
        row("/sharing/requests/999999/records.csv", "text/csv", 404, 403, 403, 403, 403),
        row("/hotlists", "text/html", 200, 200, 403, 403, 403),
        row("/hits", "text/html", 200, 200, 403, 403, 403),
        row("/hits/999999", "text/html", 404, 404, 403, 403, 403),
        row("/cameras", "text/html", 200, 403, 403, 403, 403),
        row("/reports", "text/html", 200, 403, 403, 403, 403),
        row("/reports/annual?year=2026", "text/html", 200, 403, 403, 403, 403),
        row("/reports/annual.csv?year=2026", "text/csv", 200, 403, 403, 403, 403),
        row("/reports/annual.pdf?year=2026", "application/pdf", 200, 403, 403, 403, 403),
        // The garage-facing API takes a garage's bearer token, never a user's session.
        row("/api/garages/G1/purge-orders", "application/json", 401, 401, 401, 401, 401));
  }

  private static Arguments row(String path, String accept, int... statuses) {
    return Arguments.of(path, accept, statuses);
  }

  @ParameterizedTest(name = "GET {0}")
  @MethodSource("reads")
  void eachRoleGetsWhatItsPermissionsAllowPolicyA5(String path, String accept, int[] expected) {
    Role[] roles = Role.values();
    for (int i = 0; i < roles.length; i++) {
      HttpResponse<String> answer = browsers.get(roles[i]).get(path, accept);
      assertThat(answer.statusCode()).as(roles[i] + " GET " + path).isEqualTo(expected[i]);
      if (answer.statusCode() >= 400 && accept.equals("application/json")) {
        assertThat(answer.body()).as("a clear message, no internals").startsWith("{\"message\":");
      }
    }
    HttpResponse<String> anonymous = new PortalHttp(server.getURI()).get(path, accept);
    assertThat(anonymous.statusCode()).as("anonymous GET " + path).isIn(303, 401);
  }

  static Stream<Arguments> writes() {
    return Stream.of(
        Arguments.of(
            "/users/%d/access",
            List.of(Map.entry("roles", "COORDINATOR"), Map.entry("enabled", "on"))),
        Arguments.of("/users/%d/training", List.of(Map.entry("completedOn", "2026-01-01"))),
        Arguments.of("/users/%d/reset-mfa", List.<Map.Entry<String, String>>of()),
        Arguments.of(
            "/users", List.of(Map.entry("username", "sneaky"), Map.entry("roles", "COORDINATOR"))),
        Arguments.of(
            "/retention/holds",
            List.of(
                Map.entry("kind", "PLATE"),
                Map.entry("target", "7ABC123"),
                Map.entry("caseNumber", "C-1"),
                Map.entry("reason", "x"))),
        Arguments.of("/retention/holds/1/release", List.of(Map.entry("reason", "closed"))),
        Arguments.of("/retention/purges", List.<Map.Entry<String, String>>of()),
        Arguments.of(
            "/sharing/agencies",
            List.of(
                Map.entry("name", "Sneaky PD"),
                Map.entry("kind", "LAW_ENFORCEMENT"),
                Map.entry("state", "CA"))),
        Arguments.of("/sharing/requests", List.of(Map.entry("agencyId", "1"))),
        Arguments.of("/sharing/requests/1/decision", List.of(Map.entry("decision", "approve"))),
        Arguments.of(
            "/hotlists", List.of(Map.entry("name", "Sneaky list"), Map.entry("kind", "STOLEN"))),
        Arguments.of("/hotlists/1/import", List.of(Map.entry("entries", "X1;a;b;c;d;e"))),
        Arguments.of("/hotlists/entries/1/approve", List.<Map.Entry<String, String>>of()),
        Arguments.of("/hotlists/entries/1/remove", List.<Map.Entry<String, String>>of()),
        Arguments.of("/cameras", List.of(Map.entry("garageId", "G1"))),
        Arguments.of("/cameras/sites", List.of(Map.entry("name", "x"))),
        Arguments.of("/reports/breach", List.of(Map.entry("from", "2026-01-01"))));
  }

  /** Forms operators use too (POLICY S3, U3); the other roles may not. */
  static Stream<Arguments> operatorWrites() {
    return Stream.of(
        Arguments.of("/hotlists/1/entries", List.of(Map.entry("plate", "X1"))),
        Arguments.of("/hits/1/disposition", List.of(Map.entry("disposition", "NO_ACTION"))));
  }

  @ParameterizedTest(name = "POST {0}")
  @MethodSource("operatorWrites")
  void hotListFormsAreForTheCoordinatorAndOperatorsOnlyPolicyA5(
      String path, List<Map.Entry<String, String>> fields) {
    for (Role role : List.of(Role.REVENUE_AUDITOR, Role.VENDOR, Role.EXTERNAL_AUDITOR)) {
      PortalHttp browser = browsers.get(role);
      String token = PortalHttp.csrfToken(browser.get("/account", "text/html").body());
      List<Map.Entry<String, String>> form =
          Stream.concat(fields.stream(), Stream.of(Map.entry("csrfToken", token))).toList();
      assertThat(browser.postFormMulti(path, form).statusCode())
          .as(role + " POST " + path)
          .isEqualTo(403);
    }
    List<Map.Entry<String, String>> forged =
        Stream.concat(fields.stream(), Stream.of(Map.entry("csrfToken", "forged"))).toList();
    assertThat(browsers.get(Role.OPERATOR).postFormMulti(path, forged).statusCode())
        .as("forged token")
        .isEqualTo(403);
  }

  @org.junit.jupiter.api.Test
  void theTransparencyPageIsPublicPolicyK5() {
    assertThat(new PortalHttp(server.getURI()).get("/transparency", "text/html").statusCode())
        .isEqualTo(200);
    for (Role role : Role.values()) {
      assertThat(browsers.get(role).get("/transparency", "text/html").statusCode())
          .as(role.name())
          .isEqualTo(200);
    }
  }

  @ParameterizedTest(name = "POST {0} with a forged token")
  @MethodSource("writes")
  void everyFormRefusesAForgedCsrfTokenEvenFromTheCoordinator(
      String pathPattern, List<Map.Entry<String, String>> fields) {
    String path = pathPattern.contains("%d") ? pathPattern.formatted(operatorId) : pathPattern;
    List<Map.Entry<String, String>> form =
        Stream.concat(fields.stream(), Stream.of(Map.entry("csrfToken", "forged"))).toList();

    assertThat(browsers.get(Role.COORDINATOR).postFormMulti(path, form).statusCode())
        .as("POST " + path)
        .isEqualTo(403);
    for (String own :
        List.of("/account/acknowledgement", "/account/password", "/account/recovery-codes")) {
      assertThat(browsers.get(Role.OPERATOR).postFormMulti(own, form).statusCode())
          .as("POST " + own)
          .isEqualTo(403);
    }
  }

  @ParameterizedTest(name = "POST {0}")
  @MethodSource("writes")
  void onlyTheCoordinatorChangesUsersWhateverTheMenusShowPolicyA5(
      String pathPattern, List<Map.Entry<String, String>> fields) {
    String path = pathPattern.contains("%d") ? pathPattern.formatted(operatorId) : pathPattern;
    for (Role role : Role.values()) {
      if (role == Role.COORDINATOR) {
        continue;
      }
      PortalHttp browser = browsers.get(role);
      String token = PortalHttp.csrfToken(browser.get("/account", "text/html").body());
      List<Map.Entry<String, String>> form =
          Stream.concat(fields.stream(), Stream.of(Map.entry("csrfToken", token))).toList();
      assertThat(browser.postFormMulti(path, form).statusCode())
          .as(role + " POST " + path)
          .isEqualTo(403);
    }
    assertThat(browsers.get(Role.OPERATOR).get("/search", "text/html").statusCode())
        .as("the operator kept its role")
        .isEqualTo(200);
  }
}
