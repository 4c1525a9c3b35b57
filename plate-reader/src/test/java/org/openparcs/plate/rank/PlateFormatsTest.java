package org.openparcs.plate.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A text of a site's plate format weighs more in the vote; others are unchanged. */
class PlateFormatsTest {

  @Test
  void weighsTextsOfTheCaliforniaFormat() {
    assertThat(PlateFormats.CALIFORNIA.factor("7AWV401")).isEqualTo(1.5);
    assertThat(PlateFormats.CALIFORNIA.factor("7AWVL01")).isEqualTo(1);
  }

  @Test
  void takesTheTextAsItIsNotFolded() {
    assertThat(PlateFormats.CALIFORNIA.factor("6XIU641")).isEqualTo(1.5);
    assertThat(PlateFormats.CALIFORNIA.factor("ISKT517")).isEqualTo(1);
  }

  @Test
  void noFormatWeighsNothing() {
    assertThat(PlateFormats.NONE.factor("7AWV401")).isEqualTo(1);
  }

  @Test
  void refusesAWeightBelowOne() {
    assertThatThrownBy(() -> PlateFormats.CALIFORNIA.withWeight(0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
