package org.openparcs.plate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openparcs.plate.image.InputSettings;

class RejectsBadInputTest {

  private final PlateReader reader = SharedReader.get();

  @Test
  void rejectsAnEmptyBody() {
    assertThat(reader.read(new byte[0]))
        .isEqualTo(new PlateReading.Rejected(Rejection.EMPTY_BODY, "the image body is empty"));
    assertThat(reader.read(null)).extracting("reason").isEqualTo(Rejection.EMPTY_BODY);
  }

  @Test
  void rejectsACorruptJpegAndStaysUsable() {
    byte[] valid = RenderedPlates.frame(RenderedPlates.Plate.of("ABC1234"));
    byte[] corrupt = Arrays.copyOf(valid, valid.length);
    // Keep the headers, scramble the entropy-coded data and cut the end.
    for (int i = valid.length / 3; i < valid.length; i++) {
      corrupt[i] = (byte) (i * 31);
    }
    byte[] headersOnly = Arrays.copyOf(valid, 200);

    assertThat(reader.read(headersOnly)).isInstanceOf(PlateReading.Rejected.class);
    assertThat(((PlateReading.Rejected) reader.read(headersOnly)).reason())
        .isEqualTo(Rejection.CORRUPT_IMAGE);
    // Scrambled entropy data may still decode into noise; it must never crash the reader.
    assertThat(reader.read(corrupt))
        .satisfiesAnyOf(
            r -> assertThat(r).isInstanceOf(PlateReading.Plates.class),
            r ->
                assertThat(r)
                    .isEqualTo(
                        new PlateReading.Rejected(
                            Rejection.CORRUPT_IMAGE, "the JPEG data cannot be decoded")));
    assertThat(SharedReader.bestText(reader.read(valid))).isEqualTo("ABC1234");
  }

  @Test
  void rejectsBytesThatAreNoImage() {
    PlateReading reading = reader.read("GET / HTTP/1.1\r\n".getBytes());

    assertThat(reading).isInstanceOf(PlateReading.Rejected.class);
    assertThat(((PlateReading.Rejected) reading).reason()).isEqualTo(Rejection.UNSUPPORTED_FORMAT);
  }

  @Test
  void rejectsPngWhenJpegIsRequired() {
    byte[] png = RenderedPlates.png(new BufferedImage(64, 32, BufferedImage.TYPE_BYTE_GRAY));
    try (PlateReader jpegOnly =
        PlateReaders.create(PlateReaderSettings.DEFAULT.withInput(InputSettings.JPEG_ONLY))) {
      PlateReading reading = jpegOnly.read(png);

      assertThat(reading).isInstanceOf(PlateReading.Rejected.class);
      PlateReading.Rejected rejected = (PlateReading.Rejected) reading;
      assertThat(rejected.reason()).isEqualTo(Rejection.UNSUPPORTED_FORMAT);
      assertThat(rejected.message()).contains("PNG").contains("JPEG");
    }
    assertThat(reader.read(png)).isInstanceOf(PlateReading.Plates.class);
  }

  @Test
  void refusesAFiftyMegapixelJpegBeforeDecodingIt() {
    byte[] huge = jpegHeaderClaiming(10_000, 5_000);

    PlateReading reading = reader.read(huge);

    assertThat(reading).isInstanceOf(PlateReading.Rejected.class);
    PlateReading.Rejected rejected = (PlateReading.Rejected) reading;
    assertThat(rejected.reason()).isEqualTo(Rejection.TOO_MANY_PIXELS);
    assertThat(rejected.message()).contains("10000x5000");
    assertThat(
            SharedReader.bestText(
                reader.read(RenderedPlates.frame(RenderedPlates.Plate.of("XYZ789")))))
        .isEqualTo("XYZ789");
  }

  /** SOI, a JFIF APP0 segment and a baseline SOF0 declaring the size; no pixel data follows. */
  static byte[] jpegHeaderClaiming(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
    out.writeBytes(
        new byte[] {
          (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0
        });
    out.writeBytes(
        new byte[] {
          (byte) 0xFF,
          (byte) 0xC0,
          0,
          11,
          8,
          (byte) (height >> 8),
          (byte) height,
          (byte) (width >> 8),
          (byte) width,
          1,
          1,
          0x11,
          0
        });
    out.writeBytes(new byte[4096]);
    return out.toByteArray();
  }
}
