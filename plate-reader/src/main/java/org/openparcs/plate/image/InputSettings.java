package org.openparcs.plate.image;

import java.util.EnumSet;
import java.util.Set;
import org.openparcs.plate.ImageFormat;

/**
 * What input the reader accepts.
 *
 * @param formats encoded formats accepted; lane cameras send JPEG, PNG helps with stored crops
 * @param maxPixels largest width x height accepted, checked on the header before decoding
 */
public record InputSettings(Set<ImageFormat> formats, long maxPixels) {

  /** JPEG and PNG up to 12 megapixels. */
  public static final InputSettings DEFAULT =
      new InputSettings(EnumSet.allOf(ImageFormat.class), 12_000_000L);

  /** JPEG only, as a lane camera feed should be. */
  public static final InputSettings JPEG_ONLY =
      new InputSettings(EnumSet.of(ImageFormat.JPEG), 12_000_000L);

  public InputSettings {
    if (formats == null || formats.isEmpty()) {
      throw new IllegalArgumentException("at least one image format must be accepted");
    }
    formats = Set.copyOf(formats);
    if (maxPixels < 1) {
      throw new IllegalArgumentException("maxPixels must be positive: " + maxPixels);
    }
  }
}
