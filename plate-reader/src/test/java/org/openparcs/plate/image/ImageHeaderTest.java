package org.openparcs.plate.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.openparcs.plate.ImageFormat;
import org.openparcs.plate.RenderedPlates;

class ImageHeaderTest {

  @Test
  void readsTheSizeOfARealJpegFromItsFrameHeader() {
    byte[] jpeg = RenderedPlates.jpeg(new BufferedImage(321, 123, BufferedImage.TYPE_3BYTE_BGR));

    assertThat(ImageHeader.read(jpeg)).contains(new ImageHeader(ImageFormat.JPEG, 321, 123));
  }

  @Test
  void readsTheSizeOfAPngFromItsHeaderChunk() {
    byte[] png = RenderedPlates.png(new BufferedImage(300, 150, BufferedImage.TYPE_BYTE_GRAY));

    assertThat(ImageHeader.read(png)).contains(new ImageHeader(ImageFormat.PNG, 300, 150));
  }

  @Test
  void knowsNoSizeWhenTheJpegEndsBeforeItsFrameHeader() {
    byte[] truncated = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J'};

    assertThat(ImageHeader.read(truncated))
        .hasValueSatisfying(h -> assertThat(h.hasSize()).isFalse());
  }

  @Test
  void recognisesNeitherFormatInOtherBytes() {
    assertThat(ImageHeader.read(new byte[] {'G', 'I', 'F', '8', '9', 'a'})).isEmpty();
  }
}
