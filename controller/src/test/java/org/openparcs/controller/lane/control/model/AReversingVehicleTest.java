package org.openparcs.controller.lane.control.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.lane.control.model.LaneScenario.ticket;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.lane.gate.model.GateEventType;

class AReversingVehicleTest {

  private final LaneScenario lane = new LaneScenario();

  @Test
  void aGrantedVehicleThatBacksAwayIsRecordedAsReversedAndNeverCounted() {
    VendTicket car = ticket("7ABC123");
    lane.arming(true);
    lane.grant(car);
    lane.armRising().armIsUp().afterMillis(800).arming(false);
    lane.afterMillis(2_000).armFalling().armIsDown();
    assertThat(lane.counted()).isEmpty();
    assertThat(lane.records(GateEventType.VEHICLE_REVERSED))
        .singleElement()
        .satisfies(r -> assertThat(r.decisionId()).isEqualTo(car.decisionId()));
    assertThat(lane.alarms()).isEmpty();
  }

  @Test
  void aDeniedVehicleThatBacksAwayIsRecordedWithItsDenial() {
    UUID denial = UUID.randomUUID();
    lane.arming(true);
    assertThat(lane.deny(denial).answer()).isEqualTo(GrantAnswer.DENIED);
    lane.afterMillis(600).arming(false);
    assertThat(lane.records(GateEventType.VEHICLE_REVERSED))
        .singleElement()
        .satisfies(r -> assertThat(r.decisionId()).isEqualTo(denial));
    assertThat(lane.phase()).isEqualTo(LanePhase.IDLE);
  }

  @Test
  void aVehicleThatReachedTheSafetyLoopIsCountedEvenIfItBacksOff() {
    VendTicket car = ticket("7ABC123");
    lane.arming(true);
    lane.grant(car);
    lane.armRising().armIsUp().safety(true).safety(false).arming(false);
    lane.armFalling().armIsDown();
    assertThat(lane.counted())
        .as("a reversal off the safety loop cannot be told from a passage by two loops")
        .containsExactly(car);
  }
}
