package org.openparcs.controller.lane.control.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.lane.control.model.LaneScenario.TIMINGS;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AVehicleWithNoReadTest {

  private final LaneScenario lane = new LaneScenario();

  @Test
  void isReportedOnceWhenTheReadTimesOut() {
    lane.arming(true);
    lane.after(TIMINGS.readTimeout().minusMillis(1)).poll();
    assertThat(lane.alarms()).isEmpty();
    lane.afterMillis(1).poll().afterMillis(50).poll();
    assertThat(lane.alarms()).containsExactly(LaneExceptionKind.READ_TIMEOUT);
  }

  @Test
  void aDeniedVehicleWasReadSoItIsNoReadTimeout() {
    lane.arming(true);
    lane.deny(UUID.randomUUID());
    lane.after(TIMINGS.readTimeout().multipliedBy(2)).poll();
    assertThat(lane.alarms()).isEmpty();
  }

  @Test
  void theNextVehicleHasItsOwnTimeout() {
    lane.arming(true).after(TIMINGS.readTimeout()).poll();
    lane.arming(false).arming(true).after(TIMINGS.readTimeout()).poll();
    assertThat(lane.alarms())
        .containsExactly(LaneExceptionKind.READ_TIMEOUT, LaneExceptionKind.READ_TIMEOUT);
  }
}
