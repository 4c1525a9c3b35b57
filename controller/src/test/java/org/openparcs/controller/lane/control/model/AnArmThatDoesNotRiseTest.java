package org.openparcs.controller.lane.control.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.lane.control.model.LaneScenario.TIMINGS;
import static org.openparcs.controller.lane.control.model.LaneScenario.ticket;

import org.junit.jupiter.api.Test;
import org.openparcs.controller.lane.gate.model.GateEventType;

class AnArmThatDoesNotRiseTest {

  private final LaneScenario lane = new LaneScenario();
  private final VendTicket car = ticket("7ABC123");

  @Test
  void isPulsedOnceMoreThenReportedToTheOperator() {
    lane.arming(true);
    lane.grant(car);
    lane.afterMillis(TIMINGS.riseTimeout().toMillis() - 1).poll();
    assertThat(lane.commands()).containsExactly(DeviceCommand.PULSE_OPEN);

    lane.afterMillis(1).poll();
    assertThat(lane.commands()).containsExactly(DeviceCommand.PULSE_OPEN, DeviceCommand.PULSE_OPEN);
    assertThat(lane.records(GateEventType.PULSE_RETRIED)).hasSize(1);
    assertThat(lane.alarms()).isEmpty();

    lane.after(TIMINGS.riseTimeout()).poll();
    assertThat(lane.alarmsOf(LaneExceptionKind.ARM_NOT_RISING))
        .singleElement()
        .satisfies(a -> assertThat(a.decisionId()).isEqualTo(car.decisionId()));
    assertThat(lane.commands()).as("no third pulse").hasSize(2);
    lane.after(TIMINGS.riseTimeout()).poll();
    assertThat(lane.alarms()).as("reported once").hasSize(1);
  }

  @Test
  void anArmThatRisesAfterTheRepeatIsFine() {
    lane.arming(true);
    lane.grant(car);
    lane.after(TIMINGS.riseTimeout()).poll().afterMillis(100).armRising().armIsUp();
    lane.after(TIMINGS.riseTimeout()).poll();
    assertThat(lane.alarms()).isEmpty();
    assertThat(lane.phase()).isEqualTo(LanePhase.OPEN);
  }

  @Test
  void aVehiclePassingUnderTheArmProvesItRoseEvenIfNoPollSawItUp() {
    lane.arming(true);
    lane.grant(car);
    lane.armRising().safety(true).arming(false);
    lane.after(TIMINGS.riseTimeout().multipliedBy(2)).arming(true).safety(false);
    lane.armIsDown();
    assertThat(lane.alarms()).isEmpty();
    assertThat(lane.counted()).containsExactly(car);
  }

  @Test
  void aPulseOnAnArmAlreadyUpIsConfirmedAtOnce() {
    lane.armIsUp().arming(true);
    lane.grant(car);
    lane.after(TIMINGS.riseTimeout().multipliedBy(3)).poll();
    assertThat(lane.alarmsOf(LaneExceptionKind.ARM_NOT_RISING)).isEmpty();
  }
}
