package org.openparcs.controller.lane.access.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.lane.access.model.AccessFixtures.NOW;
import static org.openparcs.controller.lane.access.model.AccessFixtures.currentPermit;
import static org.openparcs.controller.lane.access.model.AccessFixtures.exit;
import static org.openparcs.controller.lane.access.model.AccessFixtures.permit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExitAccessTest {

  private final AccessRules rules = AccessRules.permitsOnly();

  @Test
  void grantsExitToAPlateWithAnOpenSession() {
    AccessDecision d = rules.decide(exit(List.of(), Optional.of(UUID.randomUUID())));
    assertThat(d.rule()).isEqualTo("OPEN_SESSION");
    assertThat(d).isInstanceOf(AccessDecision.Granted.class);
  }

  @Test
  void grantsExitToAPermitHolderWithNoRecordedEntry() {
    Permit permit = currentPermit();
    AccessDecision d = rules.decide(exit(List.of(permit), Optional.empty()));
    assertThat(d).isEqualTo(new AccessDecision.Granted("VALID_PERMIT_NO_SESSION", permit.id()));
  }

  @Test
  void deniesExitToAPlateWithNeitherSessionNorValidPermit() {
    AccessDecision d =
        rules.decide(
            exit(List.of(permit(NOW.minusSeconds(900), NOW.minusSeconds(1))), Optional.empty()));
    assertThat(d).isEqualTo(new AccessDecision.Denied("NO_RULE_GRANTS", DenialReason.NO_SESSION));
  }
}
