package org.openparcs.bridge.osdp;

import java.nio.ByteBuffer;

/**
 * osdp_TEXT (0x6B): shows text on the PD's display.
 *
 * @param reader reader number (byte 0, 0..255)
 * @param mode byte 1: permanent or temporary, with or without wrap (1..4)
 * @param seconds byte 2: how long temporary text shows, in seconds (0..255)
 * @param row byte 3: row of the first character, 1-based (1..255)
 * @param column byte 4: column of the first character, 1-based (1..255)
 * @param text byte 5 holds its length (1..32), then the characters: printable ASCII
 */
public record TextCommand(int reader, Mode mode, int seconds, int row, int column, String text)
    implements OsdpCommand {

  public static final int CODE = 0x6B;

  /** Longest text one command carries. */
  public static final int MAX_TEXT = 32;

  /** How the text is kept and laid out (byte 1). */
  public enum Mode {
    PERMANENT_NO_WRAP(1),
    PERMANENT_WRAP(2),
    TEMPORARY_NO_WRAP(3),
    TEMPORARY_WRAP(4);

    private final int code;

    Mode(int code) {
      this.code = code;
    }

    public int code() {
      return code;
    }

    static Mode of(int code) {
      for (Mode m : values()) {
        if (m.code == code) {
          return m;
        }
      }
      throw new IllegalArgumentException("text command must be 1..4, was " + code);
    }
  }

  public TextCommand {
    Fields.check(reader, 0, 0xFF, "reader number");
    if (mode == null) {
      throw new IllegalArgumentException("a text command has a mode");
    }
    Fields.check(seconds, 0, 0xFF, "temporary text time");
    Fields.check(row, 1, 0xFF, "row");
    Fields.check(column, 1, 0xFF, "column");
    Fields.printable(text, MAX_TEXT, "display text");
  }

  /** Permanent text on {@code row} from the first column of reader 0's display. */
  public static TextCommand line(int row, String text) {
    return new TextCommand(0, Mode.PERMANENT_NO_WRAP, 0, row, 1, text);
  }

  @Override
  public int code() {
    return CODE;
  }

  @Override
  public String name() {
    return "osdp_TEXT";
  }

  @Override
  public <T> T accept(Visitor<T> visitor) {
    return visitor.text(this);
  }

  /** Six header bytes as listed on the record, then the text. */
  public static final class Serializer {
    private Serializer() {}

    public static void encode(TextCommand c, ByteBuffer out) {
      out.put((byte) c.reader())
          .put((byte) c.mode().code())
          .put((byte) c.seconds())
          .put((byte) c.row())
          .put((byte) c.column())
          .put((byte) c.text().length());
      for (int i = 0; i < c.text().length(); i++) {
        out.put((byte) c.text().charAt(i));
      }
    }

    public static TextCommand decode(ByteBuffer data) throws OsdpDecodeException {
      if (data.remaining() < 7) {
        throw new OsdpDecodeException.BadData(
            "osdp_TEXT: at least 7 data bytes expected, " + data.remaining() + " given");
      }
      try {
        int reader = Fields.u8(data);
        Mode mode = Mode.of(Fields.u8(data));
        int seconds = Fields.u8(data);
        int row = Fields.u8(data);
        int column = Fields.u8(data);
        int length = Fields.u8(data);
        Fields.expect(data, length, "osdp_TEXT text");
        return new TextCommand(reader, mode, seconds, row, column, Fields.ascii(data, length));
      } catch (IllegalArgumentException e) {
        throw Fields.badData("osdp_TEXT", e);
      }
    }
  }
}
