package org.openparcs.bridge.osdp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Range checks and byte helpers shared by the message records and their serializers. */
final class Fields {

  private Fields() {}

  static int check(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + value);
    }
    return value;
  }

  static int u8(ByteBuffer in) {
    return in.get() & 0xFF;
  }

  static int u16(ByteBuffer in) {
    return (in.get() & 0xFF) | (in.get() & 0xFF) << 8;
  }

  static void u16(ByteBuffer out, int value) {
    out.put((byte) value).put((byte) (value >>> 8));
  }

  /** Printable ASCII only (0x20..0x7E), as displays and formatted card data carry. */
  static String printable(String text, int maxLength, String name) {
    if (text == null || text.isEmpty() || text.length() > maxLength) {
      throw new IllegalArgumentException(name + " must be 1.." + maxLength + " characters");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        throw new IllegalArgumentException(name + " must be printable ASCII");
      }
    }
    return text;
  }

  static String ascii(ByteBuffer in, int length) {
    byte[] bytes = new byte[length];
    in.get(bytes);
    return new String(bytes, StandardCharsets.US_ASCII);
  }

  static void expect(ByteBuffer data, int size, String message) throws OsdpDecodeException {
    if (data.remaining() != size) {
      throw new OsdpDecodeException.BadData(
          message + ": " + size + " data bytes expected, " + data.remaining() + " given");
    }
  }

  /** Turns a record's own validation failure into a decode error naming the message. */
  static OsdpDecodeException badData(String message, IllegalArgumentException e) {
    return new OsdpDecodeException.BadData(message + ": " + e.getMessage());
  }
}
