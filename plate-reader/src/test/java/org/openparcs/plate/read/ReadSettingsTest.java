package org.openparcs.plate.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The ranking's size weight is a setting with a checked range. */
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
}
