package org.openparcs.controller.lane.control.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.lane.control.model.LaneScenario.ticket;

import org.junit.jupiter.api.Test;
import org.openparcs.controller.lane.gate.model.GateEventType;

class LaneModesTest {

  @Test
  void aLaneLockedClosedPulsesForNobody() {
    LaneScenario lane = new LaneScenario(LaneMode.LOCKED_CLOSED);
    lane.arming(true);
    assertThat(lane.grant(ticket("7ABC123")).answer()).isEqualTo(GrantAnswer.LOCKED);
    assertThat(lane.commands()).isEmpty();
  }

  @Test
  void aLaneHeldOpenHoldsTheContactAndCountsEachPassage() {
    LaneScenario lane = new LaneScenario().mode(LaneMode.HELD_OPEN);
    assertThat(lane.commands()).containsExactly(DeviceCommand.HOLD_OPEN);
    lane.armRising().armIsUp();
    VendTicket car = ticket("7ABC123");
    lane.arming(true);
    assertThat(lane.grant(car).answer()).isEqualTo(GrantAnswer.HELD_OPEN);
    lane.drivesThrough();
    lane.arming(true).safety(true).arming(false).safety(false);
    assertThat(lane.counted()).containsExactly(car);
    assertThat(lane.records(GateEventType.PASSED_WHILE_HELD_OPEN)).hasSize(1);
    assertThat(lane.alarms()).as("no forced gate, no tailgating while held open").isEmpty();
    assertThat(lane.phase()).isEqualTo(LanePhase.HELD_OPEN);
  }

  @Test
  void leavingHeldOpenNeverReleasesOnAnOccupiedSafetyLoop() {
    LaneScenario lane = new LaneScenario().mode(LaneMode.HELD_OPEN);
    lane.armRising().armIsUp().arming(true).safety(true);
    lane.mode(LaneMode.NORMAL);
    assertThat(lane.commands()).containsExactly(DeviceCommand.HOLD_OPEN);
    lane.arming(false);
    assertThat(lane.commands()).as("still on the safety loop").hasSize(1);
    lane.safety(false);
    assertThat(lane.commands())
        .containsExactly(DeviceCommand.HOLD_OPEN, DeviceCommand.RELEASE_HOLD);
  }

  @Test
  void aHoldIsCommandedAgainWhenTheModuleComesBack() {
    LaneScenario lane = new LaneScenario().mode(LaneMode.HELD_OPEN);
    lane.fail("unreachable: connection refused").poll();
    assertThat(lane.commands()).containsExactly(DeviceCommand.HOLD_OPEN, DeviceCommand.HOLD_OPEN);
  }
}
