package org.openparcs.controller.occupancy.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.lane.control.model.LaneMode;

class FullModePolicyTest {

  private static Occupancy inside(int n) {
    return new Occupancy(n, n, 0, 10, List.of());
  }

  @Test
  void aNormalEntryGoesFullWhenTheGarageIsFull() {
    assertThat(FullModePolicy.next(inside(10), LaneMode.NORMAL, Optional.empty()))
        .contains(LaneMode.FULL);
    assertThat(FullModePolicy.next(inside(9), LaneMode.NORMAL, Optional.empty())).isEmpty();
  }

  @Test
  void goesBackToNormalWhenASpaceFreesOnlyIfOccupancySetItFull() {
    assertThat(FullModePolicy.next(inside(9), LaneMode.FULL, Optional.of("occupancy")))
        .contains(LaneMode.NORMAL);
    assertThat(FullModePolicy.next(inside(9), LaneMode.FULL, Optional.of("a.ruiz"))).isEmpty();
  }

  @Test
  void neverOverridesALockedOrHeldLane() {
    assertThat(FullModePolicy.next(inside(10), LaneMode.LOCKED_CLOSED, Optional.of("a.ruiz")))
        .isEmpty();
    assertThat(FullModePolicy.next(inside(10), LaneMode.HELD_OPEN, Optional.of("a.ruiz")))
        .isEmpty();
  }

  @Test
  void aGarageWithoutCapacityIsNeverFull() {
    assertThat(new Occupancy(500, 500, 0, 0, List.of()).full()).isFalse();
  }
}
