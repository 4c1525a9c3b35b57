package org.openparcs.portal.console.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openparcs.portal.fakes.Actors;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.user.model.Role;

/** Who may work at a garage's console from the portal (POLICY A4, A5, A6). */
class ConsoleAccessPolicyTest {

  private static final GarageId G7 = new GarageId("G7");

  @Test
  void letsATrainedOperatorOfTheGarageIn() {
    assertThat(ConsoleAccessPolicy.of(Actors.of(Role.OPERATOR, Actors.TRAINED, "G7"), G7, true))
        .isEqualTo(ConsoleAccess.ALLOWED);
  }

  @Test
  void answersAGarageOutsideTheOperatorsScopesLikeNoGaragePolicyA6() {
    assertThat(ConsoleAccessPolicy.of(Actors.of(Role.OPERATOR, Actors.TRAINED, "G1"), G7, true))
        .isEqualTo(ConsoleAccess.NOT_FOUND);
  }

  @Test
  void refusesOtherRolesEvenWhenTheySeeTheGaragePolicyA5() {
    assertThat(ConsoleAccessPolicy.of(Actors.of(Role.COORDINATOR, Actors.TRAINED), G7, true))
        .isEqualTo(ConsoleAccess.NOT_AN_OPERATOR);
    assertThat(ConsoleAccessPolicy.of(Actors.of(Role.VENDOR, Actors.TRAINED, "G7"), G7, true))
        .isEqualTo(ConsoleAccess.NOT_AN_OPERATOR);
  }

  @Test
  void refusesAnOperatorWhoseTrainingLapsedPolicyA4() {
    assertThat(ConsoleAccessPolicy.of(Actors.of(Role.OPERATOR, Actors.LAPSED, "G7"), G7, true))
        .isEqualTo(ConsoleAccess.TRAINING_LAPSED);
  }

  @Test
  void saysSoWhenTheGaragesConsoleAddressIsNotConfigured() {
    assertThat(ConsoleAccessPolicy.of(Actors.of(Role.OPERATOR, Actors.TRAINED, "G7"), G7, false))
        .isEqualTo(ConsoleAccess.NO_CONSOLE);
  }
}
