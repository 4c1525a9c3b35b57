package org.openparcs.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlateCipherTest {
  private final PlateKeys keys = PlateKeys.generate("d1", "l1");
  private final PlateCipher cipher = new PlateCipher(keys);

  @Test
  void sealsAndOpensAPlateK1() {
    byte[] sealed = cipher.seal("7ABC123", "garage.plate_read.plate");
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("7ABC123");
    assertThat(sealed.length).isEqualTo(2 + 2 + 12 + 7 + 16);
    assertThat(cipher.open(sealed, "garage.plate_read.plate")).isEqualTo("7ABC123");
  }

  @Test
  void sealingTwiceGivesDifferentBytes() {
    assertThat(cipher.seal("7ABC123", "c")).isNotEqualTo(cipher.seal("7ABC123", "c"));
  }

  @Test
  void aTamperedValueFailsToOpenK1() {
    byte[] sealed = cipher.seal("7ABC123", "c");
    sealed[sealed.length - 3] ^= 1;
    assertThatThrownBy(() -> cipher.open(sealed, "c"))
        .isInstanceOf(UnsealException.class)
        .hasMessageContaining("failed authentication");
  }

  @Test
  void aValueMovedToAnotherColumnFailsToOpenK1() {
    byte[] sealed = cipher.seal("7ABC123", "garage.permit.plate");
    assertThatThrownBy(() -> cipher.open(sealed, "garage.plate_read.plate"))
        .isInstanceOf(UnsealException.class)
        .hasMessageContaining("not sealed for context 'garage.plate_read.plate'");
  }

  @Test
  void aChangedKeyIdFailsToOpen() {
    PlateKeys two = keys.withCurrentDataKey("d2", PlateKeys.randomKey());
    byte[] sealed = new PlateCipher(two).seal("7ABC123", "c");
    sealed[3] = '1'; // "d2" -> "d1": the header is authenticated
    assertThatThrownBy(() -> new PlateCipher(two).open(sealed, "c"))
        .isInstanceOf(UnsealException.class);
  }

  @Test
  void aTruncatedOrForeignValueFailsClearly() {
    assertThatThrownBy(() -> cipher.open(new byte[] {1, 2, 'd', '1', 0}, "c"))
        .isInstanceOf(UnsealException.class)
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> cipher.open("7ABC123".getBytes(StandardCharsets.US_ASCII), "c"))
        .isInstanceOf(UnsealException.class)
        .hasMessageContaining("not a sealed value");
  }

  @Test
  void oldValuesStayReadableAfterRotationAndAskForRekey() {
    byte[] old = cipher.seal("7ABC123", "c");
    PlateCipher rotated = new PlateCipher(keys.withCurrentDataKey("d2", PlateKeys.randomKey()));
    assertThat(rotated.open(old, "c")).isEqualTo("7ABC123");
    assertThat(rotated.needsRekey(old)).isTrue();
    assertThat(rotated.needsRekey(rotated.seal("7ABC123", "c"))).isFalse();
    assertThat(rotated.keyIdOf(old)).isEqualTo("d1");
  }

  @Test
  void aValueUnderARemovedKeyNamesTheKey() {
    PlateKeys rotated = keys.withCurrentDataKey("d2", PlateKeys.randomKey());
    byte[] old = cipher.seal("7ABC123", "c");
    PlateCipher dropped = new PlateCipher(rotated.withoutDataKey("d1"));
    assertThatThrownBy(() -> dropped.open(old, "c"))
        .isInstanceOf(UnsealException.class)
        .hasMessageContaining("data key 'd1', which is no longer configured");
  }

  @Test
  void sealedValuesStartWithTheCurrentPrefix() {
    byte[] sealed = cipher.seal("X", "c");
    byte[] prefix = cipher.currentPrefix();
    for (int i = 0; i < prefix.length; i++) {
      assertThat(sealed[i]).isEqualTo(prefix[i]);
    }
    assertThat(PlateCipher.looksSealed(sealed)).isTrue();
  }
}
