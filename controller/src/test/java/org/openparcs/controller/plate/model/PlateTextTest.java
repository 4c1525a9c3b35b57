package org.openparcs.controller.plate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlateTextTest {

  @Test
  void normalisesCaseSpacesAndDashes() {
    assertThat(PlateText.of(" abc-123 ").value()).isEqualTo("ABC123");
    assertThat(PlateText.of("7 ABC 123").value()).isEqualTo("7ABC123");
  }

  @Test
  void refusesTextThatCannotBeAPlate() {
    assertThatThrownBy(() -> PlateText.of("'; DROP TABLE x; --"))
        .isInstanceOf(InvalidPlateException.class);
    assertThatThrownBy(() -> PlateText.of("")).hasMessage("the plate is empty");
    assertThatThrownBy(() -> PlateText.of("ABCDEFGHIJKLMNOPQ"))
        .isInstanceOf(InvalidPlateException.class);
    assertThatThrownBy(() -> PlateText.of("ÄBC123")).isInstanceOf(InvalidPlateException.class);
  }
}
