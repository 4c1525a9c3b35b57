package org.openparcs.plate.image;

import java.util.Optional;
import org.openparcs.plate.ImageFormat;

/**
 * Format and dimensions read from the first bytes of an encoded image, without decoding pixels, so
 * that oversized images are refused before they take memory.
 *
 * @param format the detected format
 * @param width declared width in pixels, or -1 when no size was found in the header
 * @param height declared height in pixels, or -1 when no size was found in the header
 */
public record ImageHeader(ImageFormat format, int width, int height) {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  /** True when the header declared its size. */
  public boolean hasSize() {
    return width > 0 && height > 0;
  }

  /** Declared pixel count, or -1 without a size. */
  public long pixels() {
    return hasSize() ? (long) width * height : -1;
  }

  /** Detects the format by its signature; empty when the bytes are neither JPEG nor PNG. */
  public static Optional<ImageHeader> read(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xFF
        && (bytes[1] & 0xFF) == 0xD8
        && (bytes[2] & 0xFF) == 0xFF) {
      return Optional.of(readJpeg(bytes));
    }
    if (startsWith(bytes, PNG_SIGNATURE)) {
      return Optional.of(readPng(bytes));
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Walks the JPEG marker segments up to the first start-of-frame (SOFn) marker. */
  private static ImageHeader readJpeg(byte[] b) {
    int i = 2;
    while (i + 3 < b.length) {
      if ((b[i] & 0xFF) != 0xFF) {
        break;
      }
      int marker = b[i + 1] & 0xFF;
      if (marker == 0xFF) {
        i++;
        continue;
      }
      if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        i += 2;
        continue;
      }
      int length = u16(b, i + 2);
      if (isStartOfFrame(marker) && i + 8 < b.length) {
        return new ImageHeader(ImageFormat.JPEG, u16(b, i + 7), u16(b, i + 5));
      }
      if (marker == 0xDA || length < 2) {
        break;
      }
      i += 2 + length;
    }
    return new ImageHeader(ImageFormat.JPEG, -1, -1);
  }

  private static boolean isStartOfFrame(int marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
  }

  private static ImageHeader readPng(byte[] b) {
    // IHDR is the first chunk: length(4) type(4) width(4) height(4) after the 8-byte signature.
    if (b.length < 24 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
      return new ImageHeader(ImageFormat.PNG, -1, -1);
    }
    long w = u32(b, 16);
    long h = u32(b, 20);
    boolean sane = w > 0 && h > 0 && w <= Integer.MAX_VALUE && h <= Integer.MAX_VALUE;
    return sane
        ? new ImageHeader(ImageFormat.PNG, (int) w, (int) h)
        : new ImageHeader(ImageFormat.PNG, -1, -1);
  }

  private static int u16(byte[] b, int i) {
    return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
  }

  private static long u32(byte[] b, int i) {
    return ((long) (b[i] & 0xFF) << 24)
        | ((b[i + 1] & 0xFF) << 16)
        | ((b[i + 2] & 0xFF) << 8)
        | (b[i + 3] & 0xFF);
  }
}
