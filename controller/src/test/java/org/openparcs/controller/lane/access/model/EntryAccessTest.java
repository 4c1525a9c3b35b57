package org.openparcs.controller.lane.access.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.lane.access.model.AccessFixtures.NOW;
import static org.openparcs.controller.lane.access.model.AccessFixtures.currentPermit;
import static org.openparcs.controller.lane.access.model.AccessFixtures.entry;
import static org.openparcs.controller.lane.access.model.AccessFixtures.permit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EntryAccessTest {

  private final AccessRules rules = AccessRules.permitsOnly();

  @Test
  void grantsEntryToAPlateWithAPermitValidNowNamingThePermit() {
    Permit permit = currentPermit();
    AccessDecision d = rules.decide(entry(List.of(permit), Optional.empty()));
    assertThat(d).isEqualTo(new AccessDecision.Granted("VALID_PERMIT", permit.id()));
  }

  @Test
  void deniesEntryToAPlateNobodyKnows() {
    AccessDecision d = rules.decide(entry(List.of(), Optional.empty()));
    assertThat(d)
        .isEqualTo(new AccessDecision.Denied("NO_RULE_GRANTS", DenialReason.UNKNOWN_PLATE));
  }

  @Test
  void deniesEntryWhenPermitExpired() {
    AccessDecision d =
        rules.decide(
            entry(List.of(permit(NOW.minusSeconds(1000), NOW.minusSeconds(1))), Optional.empty()));
    assertThat(d).isEqualTo(new AccessDecision.Denied("PERMIT_DATES", DenialReason.PERMIT_EXPIRED));
  }

  @Test
  void deniesEntryBeforeThePermitStarts() {
    AccessDecision d =
        rules.decide(
            entry(List.of(permit(NOW.plusSeconds(60), NOW.plusSeconds(6000))), Optional.empty()));
    assertThat(d)
        .isEqualTo(new AccessDecision.Denied("PERMIT_DATES", DenialReason.PERMIT_NOT_YET_VALID));
  }

  @Test
  void aPermitEndsExactlyAtItsValidToInstant() {
    AccessDecision d =
        rules.decide(entry(List.of(permit(NOW.minusSeconds(60), NOW)), Optional.empty()));
    assertThat(d).isInstanceOf(AccessDecision.Denied.class);
  }

  @Test
  void deniesEntryToAPlateAlreadyInsideEvenWithAValidPermit() {
    AccessDecision d =
        rules.decide(entry(List.of(currentPermit()), Optional.of(UUID.randomUUID())));
    assertThat(d)
        .isEqualTo(new AccessDecision.Denied("ANTI_PASSBACK", DenialReason.ALREADY_INSIDE));
  }

  @Test
  void grantsEntryWhenOneOfSeveralPermitsIsValid() {
    Permit valid = currentPermit();
    AccessDecision d =
        rules.decide(
            entry(
                List.of(permit(NOW.minusSeconds(9000), NOW.minusSeconds(10)), valid),
                Optional.empty()));
    assertThat(d).isEqualTo(new AccessDecision.Granted("VALID_PERMIT", valid.id()));
  }
}
