package org.openparcs.controller.camera.model;

import java.util.Locale;

/**
 * How big a frame may be: in bytes, and in pixels as its header declares them (checked before
 * anything is decoded, so a header claiming 50 megapixels costs nothing).
 */
public record FrameLimits(int maxBytes, long maxPixels) {

  public FrameLimits {
    if (maxBytes < 1 || maxPixels < 1) {
      throw new IllegalArgumentException("frame limits must be positive");
    }
  }

  /** Refuses what is too big or empty; null when the size is acceptable. */
  public FrameCheck.Refused bytes(int length) {
    if (length == 0) {
      return new FrameCheck.Refused(FrameProblem.EMPTY, "the frame is empty: send the JPEG bytes");
    }
    if (length > maxBytes) {
      return new FrameCheck.Refused(
          FrameProblem.TOO_LARGE,
          "the frame has " + length + " bytes, more than the " + maxBytes + " allowed");
    }
    return null;
  }

  /** Refuses a declared size with too many pixels; null when acceptable. */
  public FrameCheck.Refused pixels(int width, int height) {
    long pixels = (long) width * height;
    if (pixels <= maxPixels) {
      return null;
    }
    return new FrameCheck.Refused(
        FrameProblem.TOO_MANY_PIXELS,
        String.format(
            Locale.ROOT,
            "the JPEG declares %dx%d pixels (%.1f megapixels), more than the %.1f allowed",
            width,
            height,
            pixels / 1e6,
            maxPixels / 1e6));
  }
}
