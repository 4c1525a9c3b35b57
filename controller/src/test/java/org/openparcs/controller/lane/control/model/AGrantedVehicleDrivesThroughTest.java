package org.openparcs.controller.lane.control.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.lane.control.model.LaneScenario.ticket;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.lane.gate.model.GateEventType;

class AGrantedVehicleDrivesThroughTest {

  private final LaneScenario lane = new LaneScenario();
  private final VendTicket car = ticket("7ABC123");

  @Test
  void goesFromArrivalThroughPulseArmUpPassageAndArmDownToCounted() {
    assertThat(lane.phase()).isEqualTo(LanePhase.IDLE);
    lane.arming(true);
    assertThat(lane.phase()).isEqualTo(LanePhase.WAITING_FOR_READ);

    assertThat(lane.grant(car).answer()).isEqualTo(GrantAnswer.PULSE);
    assertThat(lane.commands()).containsExactly(DeviceCommand.PULSE_OPEN);
    assertThat(lane.phase()).isEqualTo(LanePhase.OPENING);

    lane.afterMillis(100).armRising().afterMillis(150).armIsUp();
    assertThat(lane.phase()).isEqualTo(LanePhase.OPEN);
    lane.afterMillis(500).safety(true);
    assertThat(lane.phase()).isEqualTo(LanePhase.PASSING);
    lane.afterMillis(300).arming(false).afterMillis(300).safety(false);
    assertThat(lane.counted()).as("not counted before the arm is down").isEmpty();

    lane.afterMillis(100).armFalling().afterMillis(150).armIsDown();
    assertThat(lane.counted()).containsExactly(car);
    assertThat(lane.records(GateEventType.VEHICLE_COUNTED))
        .singleElement()
        .satisfies(r -> assertThat(r.decisionId()).isEqualTo(car.decisionId()));
    assertThat(lane.alarms()).isEmpty();
    assertThat(lane.phase()).isEqualTo(LanePhase.IDLE);
  }

  @Test
  void recordsEverySensorChangeWithTheDecisionItBelongsTo() {
    lane.arming(true);
    lane.grant(car);
    lane.armRising().armIsUp().drivesThrough();
    assertThat(lane.records(GateEventType.SAFETY_LOOP_OCCUPIED))
        .singleElement()
        .satisfies(r -> assertThat(r.decisionId()).isEqualTo(car.decisionId()));
    assertThat(lane.records(GateEventType.ARM_UP)).hasSize(1);
  }

  @Test
  void aSecondReadOfTheSameVehicleMakesNoSecondGrant() {
    lane.arming(true);
    lane.grant(car);
    lane.grant(ticket("7ABC123"));
    lane.armRising().armIsUp().drivesThrough().armFalling().armIsDown();
    assertThat(lane.counted()).hasSize(1);
    assertThat(lane.alarms()).isEmpty();
  }

  @Test
  void aGrantedFollowerOnTheArmingLoopIsPulsedAndCountedToo() {
    VendTicket follower = ticket("8XYZ789");
    lane.arming(true);
    lane.grant(car);
    lane.armRising().armIsUp().safety(true).arming(false);
    lane.after(Duration.ofMillis(200)).arming(true);
    assertThat(lane.grant(follower).answer()).isEqualTo(GrantAnswer.PULSE);
    lane.safety(false).safety(true).arming(false).safety(false);
    lane.armFalling().armIsDown();
    assertThat(lane.counted()).containsExactly(car, follower);
    assertThat(lane.alarms()).isEmpty();
  }
}
