package org.openparcs.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSealerTest {
  private final FileSealer sealer = new FileSealer(PlateKeys.generate("d1", "l1"));
  @TempDir Path dir;

  private static byte[] jpegLike(int size) {
    byte[] bytes = new byte[size];
    new Random(7).nextBytes(bytes);
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xD8;
    bytes[2] = (byte) 0xFF;
    return bytes;
  }

  @Test
  void aSealedFileDoesNotStartWithTheJpegMarkerAndOpensBackK1() throws Exception {
    byte[] jpeg = jpegLike(300_000);
    Path file = dir.resolve("frame.jpg");
    sealer.write(file, jpeg, "garage.frame");
    byte[] onDisk = Files.readAllBytes(file);
    assertThat(onDisk[0]).isNotEqualTo((byte) 0xFF);
    assertThat(FileSealer.isSealed(onDisk)).isTrue();
    assertThat(FileSealer.isSealed(jpeg)).isFalse();
    assertThat(sealer.read(file, "garage.frame")).isEqualTo(jpeg);
  }

  @Test
  void streamsRoundTrip() throws Exception {
    byte[] jpeg = jpegLike(1000);
    ByteArrayOutputStream sealed = new ByteArrayOutputStream();
    sealer.seal(new ByteArrayInputStream(jpeg), sealed, "x");
    ByteArrayOutputStream opened = new ByteArrayOutputStream();
    sealer.open(new ByteArrayInputStream(sealed.toByteArray()), opened, "x");
    assertThat(opened.toByteArray()).isEqualTo(jpeg);
  }

  @Test
  void aTamperedFileFailsToOpenK1() {
    byte[] sealed = sealer.seal(jpegLike(1000), "garage.frame");
    sealed[500] ^= 0x40;
    assertThatThrownBy(() -> sealer.open(sealed, "garage.frame"))
        .isInstanceOf(UnsealException.class)
        .hasMessageContaining("failed authentication");
  }
}
