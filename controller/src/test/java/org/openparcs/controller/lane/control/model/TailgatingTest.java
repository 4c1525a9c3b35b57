package org.openparcs.controller.lane.control.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.lane.control.model.LaneScenario.ticket;

import org.junit.jupiter.api.Test;
import org.openparcs.controller.lane.gate.model.GateEventType;

class TailgatingTest {

  private final LaneScenario lane = new LaneScenario();
  private final VendTicket car = ticket("7ABC123");

  @Test
  void twoSafetyLoopPassagesOnOneGrantAreTailgating() {
    lane.arming(true);
    lane.grant(car);
    lane.armRising().armIsUp().drivesThrough();
    lane.arming(true).safety(true).arming(false).safety(false);
    lane.armFalling().armIsDown();
    assertThat(lane.alarmsOf(LaneExceptionKind.TAILGATING))
        .singleElement()
        .satisfies(a -> assertThat(a.decisionId()).isEqualTo(car.decisionId()));
    assertThat(lane.records(GateEventType.TAILGATE)).hasSize(1);
    assertThat(lane.counted()).as("the granted vehicle is still counted").containsExactly(car);
  }

  @Test
  void theLoopCountersCatchASecondVehicleBetweenTwoPolls() {
    lane.counters(0, 0).poll();
    lane.counters(1, 0).arming(true);
    lane.grant(car);
    lane.armRising().armIsUp();
    lane.counters(1, 1).safety(true);
    // A second car bumper to bumper: both loops were free for less than a poll; the module
    // counted a second arrival on each.
    lane.counters(2, 2).poll();
    lane.arming(false).safety(false);
    assertThat(lane.alarms()).containsExactly(LaneExceptionKind.TAILGATING);
  }

  @Test
  void anArrivalSeenByAPollIsNotCountedAgainByTheNextCounterRead() {
    lane.counters(0, 0).poll();
    lane.counters(-1, -1);
    lane.arming(true);
    lane.grant(car);
    lane.armRising().armIsUp().safety(true).arming(false).safety(false);
    lane.counters(1, 1).poll();
    lane.armFalling().armIsDown();
    assertThat(lane.alarms()).isEmpty();
    assertThat(lane.counted()).containsExactly(car);
  }

  @Test
  void aPassageThePollsSawBeforeTheCounterDidIsCountedOnce() {
    lane.counters(0, 0).poll();
    lane.arming(true);
    lane.grant(car);
    lane.armRising().armIsUp().safety(true);
    lane.counters(1, 1).poll().arming(false).safety(false);
    lane.armFalling().armIsDown();
    assertThat(lane.alarms()).isEmpty();
    assertThat(lane.counted()).containsExactly(car);
  }

  @Test
  void aModuleThatRestartedWithItsCountersAtZeroIsNotAFloodOfVehicles() {
    lane.counters(5_000, 5_000).poll();
    lane.counters(0, 0).poll();
    lane.arming(true);
    lane.grant(car);
    lane.armRising().armIsUp().drivesThrough().armFalling().armIsDown();
    assertThat(lane.alarms()).isEmpty();
  }

  @Test
  void aPassageUnderAForcedArmIsTailgatingWithNoGrant() {
    lane.armIsUp();
    lane.arming(true).safety(true).arming(false).safety(false);
    assertThat(lane.alarmsOf(LaneExceptionKind.TAILGATING))
        .singleElement()
        .satisfies(a -> assertThat(a.decisionId()).isNull());
  }
}
