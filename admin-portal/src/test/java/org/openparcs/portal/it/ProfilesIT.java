package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openparcs.policy.model.EffectivePolicy;

/**
 * The portal starts under each of the five jurisdiction profiles, and refuses to start when its
 * settings break its profile, naming the rule (POLICY R2).
 */
class ProfilesIT {

  @ParameterizedTest(name = "profile {0}")
  @ValueSource(strings = {"SJ-PARK", "SAC", "SJPD-L4207", "SJPD-DUP", "PAS"})
  void thePortalStartsUnderEachProfileAndEnforcesItPolicyR2(String profile) {
    try (EmbeddedServer server =
        ApplicationContext.run(EmbeddedServer.class, settings(profile, Map.of()), "test")) {
      EffectivePolicy policy = server.getApplicationContext().getBean(EffectivePolicy.class);
      assertThat(policy.profile().id()).isEqualTo(profile);
      HttpResponse<String> page = new PortalHttp(server.getURI()).get("/transparency", "text/html");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains(profile + ", version 1");
      assertThat(new PortalHttp(server.getURI()).get("/login", "text/html").statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void refusesToStartWhenItsRetentionBreaksTheProfileAndSaysWhichRulePolicyR2() {
    Map<String, Object> settings =
        settings("SAC", Map.of("parcs.policy.retention.plate-reads", "30d"));

    assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, settings, "test").close())
        .hasStackTraceContaining(
            "R2 SAC: plate reads and images must be kept 90 days .. 2 years, configured 30 days");
  }

  @Test
  void refusesToStartWithAnAuditTrailShorterThanTwoYearsOrAnUnknownProfilePolicyT2() {
    Map<String, Object> shortAudit =
        settings("SJPD-DUP", Map.of("parcs.policy.retention.audit-records", "365d"));
    assertThatThrownBy(
            () -> ApplicationContext.run(EmbeddedServer.class, shortAudit, "test").close())
        .hasStackTraceContaining(
            "T2 SJPD-DUP: audit records must be kept at least 2 years, configured 1 year");
    assertThatThrownBy(
            () ->
                ApplicationContext.run(EmbeddedServer.class, settings("NYC", Map.of()), "test")
                    .close())
        .hasStackTraceContaining("parcs.policy.profile 'NYC' is none of SJ-PARK, SAC");
  }

  private static Map<String, Object> settings(String profile, Map<String, Object> extra) {
    Map<String, Object> settings = new HashMap<>(extra);
    settings.put("parcs.policy.profile", profile);
    return settings;
  }
}
