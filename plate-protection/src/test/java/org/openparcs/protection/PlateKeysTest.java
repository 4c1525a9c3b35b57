package org.openparcs.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PlateKeysTest {
  private static final String K1 = Base64.getEncoder().encodeToString(PlateKeys.randomKey());
  private static final String K2 = Base64.getEncoder().encodeToString(PlateKeys.randomKey());

  @Test
  void readsRingsFromConfigurationK1() {
    PlateKeys keys =
        PlateKeys.fromConfiguration("p", "a:" + K1 + ", b:" + K2, "b", "h1:" + K1, "h1");
    assertThat(keys.dataKeyIds()).containsExactly("a", "b");
    assertThat(keys.currentDataKeyId()).isEqualTo("b");
    assertThat(keys.currentLookupKeyId()).isEqualTo("h1");
    assertThat(keys.toString()).doesNotContain(K1).doesNotContain(K2);
  }

  @Test
  void refusesMissingDataKeysNamingTheSetting() {
    assertThatThrownBy(
            () -> PlateKeys.fromConfiguration("parcs.protection", "", "a", "h:" + K1, "h"))
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessageContaining("parcs.protection.data-keys is missing");
  }

  @Test
  void refusesAKeyOfTheWrongLength() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(() -> PlateKeys.fromConfiguration("p", "a:" + shortKey, "a", "h:" + K1, "h"))
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessageContaining("must be 32 bytes")
        .hasMessageContaining("got 16");
  }

  @Test
  void refusesADuplicateId() {
    assertThatThrownBy(
            () -> PlateKeys.fromConfiguration("p", "a:" + K1 + ",a:" + K2, "a", "h:" + K1, "h"))
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessageContaining("duplicate key id 'a'");
  }

  @Test
  void refusesACurrentIdThatIsNotConfigured() {
    assertThatThrownBy(() -> PlateKeys.fromConfiguration("p", "a:" + K1, "b", "h:" + K1, "h"))
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessageContaining("p.current-data-key 'b' is not among the configured ids [a]");
  }

  @Test
  void refusesMalformedBase64() {
    assertThatThrownBy(() -> PlateKeys.fromConfiguration("p", "a:%%%", "a", "h:" + K1, "h"))
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessageContaining("not valid base64");
  }

  @Test
  void settingsRoundTrip() {
    PlateKeys keys = PlateKeys.generate("d1", "l1").withCurrentDataKey("d2", PlateKeys.randomKey());
    PlateKeys again =
        PlateKeys.fromConfiguration(
            "p", keys.dataKeysSetting(), "d2", keys.lookupKeysSetting(), "l1");
    byte[] sealed = new PlateCipher(keys).seal("ABC123", "c");
    assertThat(new PlateCipher(again).open(sealed, "c")).isEqualTo("ABC123");
  }
}
