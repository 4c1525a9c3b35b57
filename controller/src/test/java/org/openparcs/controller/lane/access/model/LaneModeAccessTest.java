package org.openparcs.controller.lane.access.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.lane.access.model.AccessFixtures.currentPermit;
import static org.openparcs.controller.lane.access.model.AccessFixtures.entry;
import static org.openparcs.controller.lane.access.model.AccessFixtures.exit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.lane.control.model.LaneMode;

class LaneModeAccessTest {

  private final AccessRules rules = AccessRules.permitsOnly();

  @Test
  void aFullGarageStillAdmitsAPermitHolder() {
    Permit permit = currentPermit();
    assertThat(rules.decide(entry(List.of(permit), Optional.empty(), LaneMode.FULL)))
        .isEqualTo(new AccessDecision.Granted("VALID_PERMIT", permit.id()));
  }

  @Test
  void aFullGarageRefusesWhoeverWouldTakeTheVisitorPath() {
    assertThat(rules.decide(entry(List.of(), Optional.empty(), LaneMode.FULL)))
        .isEqualTo(new AccessDecision.Denied("GARAGE_FULL", DenialReason.GARAGE_FULL));
  }

  @Test
  void aLaneLockedClosedRefusesEvenAValidPermitBothWays() {
    assertThat(
            rules.decide(entry(List.of(currentPermit()), Optional.empty(), LaneMode.LOCKED_CLOSED)))
        .isEqualTo(new AccessDecision.Denied("LANE_LOCKED", DenialReason.LANE_LOCKED));
    assertThat(
            rules.decide(exit(List.of(), Optional.of(UUID.randomUUID()), LaneMode.LOCKED_CLOSED)))
        .isEqualTo(new AccessDecision.Denied("LANE_LOCKED", DenialReason.LANE_LOCKED));
  }

  @Test
  void aFullGarageDoesNotKeepAnyoneIn() {
    assertThat(rules.decide(exit(List.of(), Optional.of(UUID.randomUUID()), LaneMode.FULL)))
        .isInstanceOf(AccessDecision.Granted.class);
  }
}
