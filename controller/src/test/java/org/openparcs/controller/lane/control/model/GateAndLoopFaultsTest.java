package org.openparcs.controller.lane.control.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.lane.control.model.LaneScenario.TIMINGS;
import static org.openparcs.controller.lane.control.model.LaneScenario.ticket;

import org.junit.jupiter.api.Test;

class GateAndLoopFaultsTest {

  private final LaneScenario lane = new LaneScenario();

  @Test
  void anArmThatLeavesDownWithoutAPulseWasForced() {
    lane.armRising();
    assertThat(lane.alarms()).containsExactly(LaneExceptionKind.GATE_FORCED);
  }

  @Test
  void anArmRisingAfterOurPulseWasNotForced() {
    lane.arming(true);
    lane.grant(ticket("7ABC123"));
    lane.armRising().armIsUp();
    assertThat(lane.alarms()).isEmpty();
  }

  @Test
  void anArmUpWithNobodyAroundIsStuckOpenOnce() {
    lane.arming(true);
    lane.grant(ticket("7ABC123"));
    lane.armRising().armIsUp().drivesThrough();
    lane.after(TIMINGS.stuckOpenAfter().minusMillis(1)).poll();
    assertThat(lane.alarms()).isEmpty();
    lane.afterMillis(1).poll().afterMillis(500).poll();
    assertThat(lane.alarms()).containsExactly(LaneExceptionKind.GATE_STUCK_OPEN);
  }

  @Test
  void aLoopOccupiedWithoutABreakIsStuck() {
    lane.safety(true).after(TIMINGS.loopStuckAfter()).poll().afterMillis(50).poll();
    assertThat(lane.alarmsOf(LaneExceptionKind.LOOP_STUCK))
        .singleElement()
        .satisfies(a -> assertThat(a.detail()).contains("safety loop"));
  }

  @Test
  void anArmComingDownOnTheSafetyLoopIsRecorded() {
    lane.arming(true);
    lane.grant(ticket("7ABC123"));
    lane.armRising().armIsUp().safety(true).armFalling().armIsDown();
    assertThat(lane.alarms()).containsExactly(LaneExceptionKind.ARM_CLOSED_ON_VEHICLE);
  }
}
