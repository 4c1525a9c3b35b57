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

  @Test
  void offersTheFormatTextOneConfusableCharacterAway() {
    PlateFormats formats = PlateFormats.CALIFORNIA.withConfusionPrior(0.5);

    assertThat(formats.confusedWith("7AWVL01")).containsExactlyInAnyOrder("7AWV401", "7AWV101");
    assertThat(formats.confusedWith("6LKRZ81")).containsExactly("6LKR281");
  }

  @Test
  void offersNothingForATextOfTheFormatOrTwoCharactersAway() {
    PlateFormats formats = PlateFormats.CALIFORNIA.withConfusionPrior(0.5);

    assertThat(formats.confusedWith("7AWV401")).isEmpty();
    assertThat(formats.confusedWith("7AWVLL1")).isEmpty();
  }

  @Test
  void offersNothingWithTheConfusionPriorOff() {
    assertThat(PlateFormats.CALIFORNIA.withConfusionPrior(0).confusedWith("7AWVL01")).isEmpty();
    assertThat(PlateFormats.NONE.withConfusionPrior(0.5).confusedWith("7AWVL01")).isEmpty();
  }

  @Test
  void refusesAConfusionPriorOutsideZeroToOne() {
    assertThatThrownBy(() -> PlateFormats.CALIFORNIA.withConfusionPrior(1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void californiaDoesNotReadAStrangerAsThePermitOneConfusionAwayByDefault() {
    assertThat(PlateFormats.CALIFORNIA.confusedWith("BKMT452")).isEmpty();
    assertThat(PlateFormats.CALIFORNIA.withConfusionPrior(1).confusedWith("BKMT452"))
        .containsExactly("8KMT452");
  }
}
