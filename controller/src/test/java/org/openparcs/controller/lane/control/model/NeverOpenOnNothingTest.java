package org.openparcs.controller.lane.control.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.lane.control.model.LaneScenario.ticket;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class NeverOpenOnNothingTest {

  private final LaneScenario lane = new LaneScenario();

  @Test
  void aGrantWithNobodyOnTheArmingLoopPulsesNothingAndTellsTheOperator() {
    VendTicket ghost = ticket("GHOST1");
    assertThat(lane.grant(ghost).answer()).isEqualTo(GrantAnswer.NO_VEHICLE);
    assertThat(lane.commands()).isEmpty();
    assertThat(lane.alarmsOf(LaneExceptionKind.READ_WITHOUT_VEHICLE))
        .singleElement()
        .satisfies(a -> assertThat(a.decisionId()).isEqualTo(ghost.decisionId()));
  }

  @Test
  void aDeniedReadWithNobodyThereIsAlsoAReadWithNoVehicle() {
    lane.deny(UUID.randomUUID());
    assertThat(lane.alarms()).containsExactly(LaneExceptionKind.READ_WITHOUT_VEHICLE);
  }

  @Test
  void aLaneWhoseModuleIsAwayCommandsNothing() {
    lane.arming(true).fail("timeout: no reply");
    assertThat(lane.grant(ticket("7ABC123")).answer()).isEqualTo(GrantAnswer.OUT_OF_SERVICE);
    assertThat(lane.commands()).isEmpty();
  }

  @Test
  void aLaneNeverSeenCommandsNothing() {
    LaneStateMachine unseen = new LaneStateMachine(LaneScenario.TIMINGS, LaneMode.NORMAL);
    VendTicket t = ticket("7ABC123");
    assertThat(unseen.readDecided(t.decisionId(), t, LaneScenario.T0).answer())
        .isEqualTo(GrantAnswer.OUT_OF_SERVICE);
  }

  @Test
  void aVehicleThatLeftBeforeItsGrantGetsNoPulse() {
    lane.arming(true).arming(false);
    assertThat(lane.grant(ticket("7ABC123")).answer()).isEqualTo(GrantAnswer.NO_VEHICLE);
    assertThat(lane.commands()).isEmpty();
  }

  @Test
  void aRepeatedPulseNeedsTheVehicleStillThere() {
    lane.arming(true);
    lane.grant(ticket("7ABC123"));
    lane.arming(false).after(LaneScenario.TIMINGS.riseTimeout()).poll();
    assertThat(lane.commands()).containsExactly(DeviceCommand.PULSE_OPEN);
  }
}
