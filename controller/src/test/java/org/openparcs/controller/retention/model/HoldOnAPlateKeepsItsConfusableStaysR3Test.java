package org.openparcs.controller.retention.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** POLICY R3: a hold on a plate keeps the stays stored under a confusable misread of it. */
class HoldOnAPlateKeepsItsConfusableStaysR3Test {

  private final Holds holds = new Holds(Set.of(), Set.of("s-held"), Set.of("R3HOLD1"));

  @Test
  void keepsTheStayOfTheHeldPlateR3() {
    assertThat(holds.keepsSession("s-1", "R3HOLD1")).isTrue();
  }

  @Test
  void keepsAStayStoredWithOAndIReadAsZeroAndOneR3() {
    assertThat(holds.keepsSession("s-2", "R3H0LD1")).isTrue();
    assertThat(holds.keepsSession("s-3", "R3HOLDI")).isTrue();
  }

  @Test
  void keepsAHeldSessionWhateverItsPlateR3() {
    assertThat(holds.keepsSession("s-held", null)).isTrue();
  }

  @Test
  void letsAnyOtherPlateGoR3() {
    assertThat(holds.keepsSession("s-4", "R3HOLD7")).isFalse();
    assertThat(holds.keepsSession("s-5", "R3B0LD1")).isFalse();
    assertThat(holds.keepsSession("s-6", null)).isFalse();
  }
}
