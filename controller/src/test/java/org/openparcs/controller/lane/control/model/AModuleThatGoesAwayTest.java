package org.openparcs.controller.lane.control.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.lane.control.model.LaneScenario.ticket;

import org.junit.jupiter.api.Test;
import org.openparcs.controller.lane.gate.model.GateEventType;

class AModuleThatGoesAwayTest {

  private final LaneScenario lane = new LaneScenario();

  @Test
  void putsTheLaneOutOfServiceOnceAndShowsNoSensorState() {
    lane.fail("timeout: no reply within 300 ms").fail("timeout: again");
    assertThat(lane.alarms()).containsExactly(LaneExceptionKind.DEVICE_FAULT);
    assertThat(lane.records(GateEventType.DEVICE_FAULT)).hasSize(1);
    assertThat(lane.lane.snapshot().phase()).isEqualTo(LanePhase.OUT_OF_SERVICE);
    assertThat(lane.lane.snapshot().sensors()).isNull();
  }

  @Test
  void isBackInServiceAtTheFirstGoodRead() {
    lane.fail("unreachable: connection refused").poll();
    assertThat(lane.records(GateEventType.DEVICE_RECOVERED)).hasSize(1);
    assertThat(lane.phase()).isEqualTo(LanePhase.IDLE);
  }

  @Test
  void aVendWhosePassageWasNotSeenIsReportedWhenTheModuleReturns() {
    VendTicket car = ticket("7ABC123");
    lane.arming(true);
    lane.grant(car);
    lane.fail("unreachable: connection reset");
    lane.arming(false);
    assertThat(lane.counted()).isEmpty();
    assertThat(lane.alarmsOf(LaneExceptionKind.PASSAGE_UNCONFIRMED))
        .singleElement()
        .satisfies(a -> assertThat(a.decisionId()).isEqualTo(car.decisionId()));
  }
}
