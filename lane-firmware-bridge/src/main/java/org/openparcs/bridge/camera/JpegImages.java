package org.openparcs.bridge.camera;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks that pushed bytes are a JPEG image: the SOI marker, and a header the JDK's JPEG reader can
 * take its size from (reading the header only, not decoding the whole picture).
 */
public final class JpegImages {

  /** Bigger than any ANPR camera's frame: refuse before spending memory on it. */
  public static final int MAX_SIDE = 10_000;

  private JpegImages() {}

  public static PushedImage check(String role, String partName, byte[] bytes)
      throws CameraPushException {
    if (bytes.length < 4
        || (bytes[0] & 0xFF) != 0xFF
        || (bytes[1] & 0xFF) != 0xD8
        || (bytes[2] & 0xFF) != 0xFF) {
      throw notAnImage(partName, "it does not start with a JPEG marker");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
          throw notAnImage(partName, "its size " + width + "x" + height + " is implausible");
        }
        return new PushedImage(role, bytes, width, height);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw notAnImage(partName, "its JPEG header cannot be read (" + e.getMessage() + ")");
    }
  }

  private static CameraPushException notAnImage(String part, String why) {
    return new CameraPushException(
        CameraPushException.Kind.NOT_AN_IMAGE, "part '" + part + "' is not a JPEG image: " + why);
  }
}
