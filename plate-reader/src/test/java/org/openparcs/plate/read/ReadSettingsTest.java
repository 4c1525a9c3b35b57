package org.openparcs.plate.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The ranking's size and repetition weights are settings with checked ranges. */
class ReadSettingsTest {

  @Test
  void changesOnlyTheSizeWeight() {
    ReadSettings flat = ReadSettings.DEFAULT.withSizeWeight(0);

    assertThat(flat.sizeWeight()).isZero();
    assertThat(flat.withSizeWeight(ReadSettings.DEFAULT.sizeWeight()))
        .isEqualTo(ReadSettings.DEFAULT);
  }

  @Test
  void refusesANegativeSizeWeight() {
    assertThatThrownBy(() -> ReadSettings.DEFAULT.withSizeWeight(-0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void changesOnlyTheRepetitionWeight() {
    ReadSettings off = ReadSettings.DEFAULT.withRepetitionWeight(1);

    assertThat(off.repetitionWeight()).isEqualTo(1);
    assertThat(off.withRepetitionWeight(ReadSettings.DEFAULT.repetitionWeight()))
        .isEqualTo(ReadSettings.DEFAULT);
  }

  @Test
  void refusesARepetitionWeightOutsideZeroToOne() {
    assertThatThrownBy(() -> ReadSettings.DEFAULT.withRepetitionWeight(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadSettings.DEFAULT.withRepetitionWeight(-0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesFewerThanOneThoroughRegion() {
    assertThatThrownBy(() -> ReadSettings.DEFAULT.withThoroughRegions(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
