package org.openparcs.protection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlateLookupTest {
  private final PlateKeys keys = PlateKeys.generate("d1", "l1");

  @Test
  void hashesAre32BytesStableAndKeyedK1() {
    PlateLookup lookup = new PlateLookup(keys);
    assertThat(lookup.hash("7ABC123")).hasSize(32).isEqualTo(lookup.hash("7ABC123"));
    assertThat(lookup.hash("7ABC123")).isNotEqualTo(lookup.hash("7ABC124"));
    assertThat(new PlateLookup(PlateKeys.generate("d1", "l1")).hash("7ABC123"))
        .isNotEqualTo(lookup.hash("7ABC123"));
  }

  @Test
  void candidatesCoverEveryConfiguredLookupKeyDuringRotation() {
    PlateLookup before = new PlateLookup(keys);
    PlateLookup during = new PlateLookup(keys.withCurrentLookupKey("l2", PlateKeys.randomKey()));
    assertThat(during.candidates("7ABC123")).hasSize(2);
    assertThat(during.candidates("7ABC123").get(0)).isEqualTo(during.hash("7ABC123"));
    assertThat(during.candidates("7ABC123").get(1)).isEqualTo(before.hash("7ABC123"));
    assertThat(before.candidates("7ABC123")).hasSize(1);
  }
}
