package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openparcs.db.DatabaseFactory;
import org.openparcs.identity.MachineKeys;
import org.openparcs.identity.SignedDocuments;
import org.openparcs.identity.SignedRequests;
import org.openparcs.identity.StaticKeys;
import org.openparcs.identity.TrustedKey;
import org.openparcs.identity.Verification;
import org.openparcs.portal.user.model.Role;

/**
 * A garage operator logs on at a garage's console through the portal (issue 5, POLICY A1, A2, A4,
 * A5), over real HTTP with garage-signed requests against the embedded MariaDB: an operator of the
 * garage with password, TOTP code and current training gets an assertion signed with the portal's
 * key; a wrong code, an operator of another garage, an untrained operator or another role is
 * refused; each attempt is in the audit trail.
 */
@MicronautTest(environments = "identity", transactional = false)
class GarageOperatorLogonIT {

  private static final String G7_LOGON = "/api/garages/G7/operator-logons";

  @Inject EmbeddedServer server;
  @Inject DatabaseFactory.PooledDatabase database;
  @Inject JsonMapper json;
  @Inject Accounts accounts;
  @Inject TestClock clock;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private Sql sql;

  @BeforeEach
  void setUp() {
    sql = new Sql(database.raw());
  }

  private HttpResponse<String> logOn(String keyName, String path, String username, String code)
      throws Exception {
    byte[] body =
        json.writeValueAsBytes(
            Map.of(
                "username",
                username,
                "password",
                Accounts.PASSWORD,
                "code",
                code,
                "ip",
                "10.1.2.3"));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (keyName != null) {
      SignedRequests.sign(GarageIdentityIT.key(keyName), "POST", path, body, Instant.now())
          .forEach(b::header);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String code() {
    return Totp.code(Accounts.SECRET, clock.nextTotpStep());
  }

  private static StaticKeys portalKey() throws Exception {
    return new StaticKeys(
        List.of(
            new TrustedKey(
                "portal-test",
                "portal",
                MachineKeys.publicKey(
                    Files.readString(Path.of("src/test/resources/identity/portal-test.pub"))
                        .strip()),
                true)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void anOperatorOfTheGarageGetsAnAssertionSignedByThePortal() throws Exception {
    accounts.create("op.g7", "Parking", Role.OPERATOR, true, "G7");

    HttpResponse<String> r = logOn("g7-2026", G7_LOGON, "op.g7", code());

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Map<String, Object> assertion = json.readValue(r.body(), Map.class);
    assertThat(SignedDocuments.verify(assertion, portalKey()))
        .isEqualTo(new Verification.Verified("portal-test", "portal"));
    assertThat(assertion)
        .containsEntry("type", "operator-assertion")
        .containsEntry("garageId", "G7")
        .containsEntry("username", "op.g7")
        .containsEntry("roles", List.of("OPERATOR"));
    assertThat(Instant.parse((String) assertion.get("expiresAt")))
        .isAfter(Instant.parse((String) assertion.get("issuedAt")));
    Map<String, Object> widened = new HashMap<>(assertion);
    widened.put("username", "coord");
    assertThat(SignedDocuments.verify(widened, portalKey()).verified()).isFalse();
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM audit_record WHERE username = 'op.g7'"
                    + " AND action = 'GARAGE_CONSOLE_LOGON' AND ip = '10.1.2.3'"))
        .isEqualTo(1);
    // Audit details are sealed at rest (POLICY K1): opened to be checked.
    assertThat(sql.auditDetails("GARAGE_CONSOLE_LOGON", "op.g7"))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("console of garage G7");
  }

  @Test
  void theDemoOperatorSeededAtStartLogsOn() throws Exception {
    byte[] body =
        json.writeValueAsBytes(
            Map.of(
                "username", "demo.op",
                "password", "Demo-Operator-Test-2026",
                "code", Totp.code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", clock.nextTotpStep())));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + G7_LOGON))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    SignedRequests.sign(GarageIdentityIT.key("g7-2026"), "POST", G7_LOGON, body, Instant.now())
        .forEach(b::header);

    HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("\"username\":\"demo.op\"");
  }

  @Test
  void aWrongCodeIsRefusedWithTheSameSentenceAsAWrongPasswordAndAudited() throws Exception {
    accounts.create("op.g7.code", "Parking", Role.OPERATOR, true, "G7");

    HttpResponse<String> wrongCode = logOn("g7-2026", G7_LOGON, "op.g7.code", "000000");
    HttpResponse<String> unknown = logOn("g7-2026", G7_LOGON, "nobody.here", code());

    assertThat(wrongCode.statusCode()).isEqualTo(401);
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(wrongCode.body()).isEqualTo(unknown.body()).contains("not accepted");
    assertThat(sql.auditDetails("LOGIN_FAILED", "op.g7.code"))
        .containsExactly("WRONG_SECOND_FACTOR");
  }

  @Test
  void anOperatorOfAnotherGarageOrAnotherRoleIsRefusedAndAudited() throws Exception {
    accounts.create("op.g8", "Parking", Role.OPERATOR, true, "G8");
    accounts.create("auditor.g7", "Finance", Role.REVENUE_AUDITOR, true, "G7");

    HttpResponse<String> otherGarage = logOn("g7-2026", G7_LOGON, "op.g8", code());
    HttpResponse<String> otherRole = logOn("g7-2026", G7_LOGON, "auditor.g7", code());

    assertThat(otherGarage.statusCode()).as(otherGarage.body()).isEqualTo(403);
    assertThat(otherGarage.body()).contains("not a garage operator of garage G7");
    assertThat(otherRole.statusCode()).isEqualTo(403);
    assertThat(sql.auditDetails("LOGIN_FAILED", "op.g8"))
        .containsExactly("NOT_OPERATOR_OF_GARAGE at the console of garage G7");
  }

  @Test
  void anOperatorWithoutCurrentTrainingIsRefused() throws Exception {
    accounts.create("op.untrained", "Parking", Role.OPERATOR, false, "G7");

    HttpResponse<String> r = logOn("g7-2026", G7_LOGON, "op.untrained", code());

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("POLICY A4");
  }

  @Test
  void onlyTheGarageItselfMayAskAndHostileBodiesAreRefused() throws Exception {
    accounts.create("op.g7.door", "Parking", Role.OPERATOR, true, "G7");

    HttpResponse<String> unsigned = logOn(null, G7_LOGON, "op.g7.door", code());
    HttpResponse<String> otherGarage = logOn("g8-2026", G7_LOGON, "op.g7.door", code());
    HttpResponse<String> huge = logOn("g7-2026", G7_LOGON, "x".repeat(10_000), code());

    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(otherGarage.statusCode()).isEqualTo(403);
    assertThat(huge.statusCode()).isEqualTo(400);
    assertThat(huge.body()).doesNotContain("Exception");
    assertThat(new String(huge.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .contains("username");
  }
}
