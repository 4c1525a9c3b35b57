package org.openparcs.bridge.osdp;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * osdp_LED (0x69): sets reader LEDs. The data is one 14-byte record per LED.
 *
 * @param settings 1..16 LED records
 */
public record LedCommand(List<Setting> settings) implements OsdpCommand {

  public static final int CODE = 0x69;

  /** Bytes per LED record. */
  public static final int RECORD_SIZE = 14;

  /**
   * How an LED blinks: on for {@code onTime}, off for {@code offTime}, in two colours.
   *
   * @param control temporary: 0 no change, 1 cancel the temporary state, 2 set it and start the
   *     timer; permanent: 0 no change, 1 set (one byte, 0..2)
   * @param onTime on time in units of 100 ms (one byte, 0..255)
   * @param offTime off time in units of 100 ms (one byte, 0..255)
   * @param onColor colour while on (one byte, 0..7)
   * @param offColor colour while off (one byte, 0..7)
   */
  public record Pattern(int control, int onTime, int offTime, LedColor onColor, LedColor offColor) {
    public static final Pattern NO_CHANGE = new Pattern(0, 0, 0, LedColor.BLACK, LedColor.BLACK);

    public Pattern {
      Fields.check(control, 0, 2, "LED control code");
      Fields.check(onTime, 0, 0xFF, "LED on time");
      Fields.check(offTime, 0, 0xFF, "LED off time");
      if (onColor == null || offColor == null) {
        throw new IllegalArgumentException("an LED pattern names both colours");
      }
    }

    /** A steady colour, set now. */
    public static Pattern steady(LedColor color) {
      return new Pattern(1, 1, 0, color, color);
    }
  }

  /**
   * One LED record.
   *
   * @param reader reader number (byte 0, 0..255; 0 is the first reader)
   * @param led LED number (byte 1, 0..255)
   * @param temporary bytes 2..6: temporary pattern
   * @param timer bytes 7..8: how long the temporary pattern lasts, in 100 ms (0..65535, LSB first)
   * @param permanent bytes 9..13: permanent pattern (control 0 or 1)
   */
  public record Setting(int reader, int led, Pattern temporary, int timer, Pattern permanent) {
    public Setting {
      Fields.check(reader, 0, 0xFF, "reader number");
      Fields.check(led, 0, 0xFF, "LED number");
      Fields.check(timer, 0, 0xFFFF, "LED timer");
      if (temporary == null || permanent == null) {
        throw new IllegalArgumentException("an LED record has a temporary and a permanent part");
      }
      Fields.check(permanent.control(), 0, 1, "permanent LED control code");
    }
  }

  public LedCommand {
    settings = List.copyOf(settings);
    Fields.check(settings.size(), 1, 16, "LED records");
  }

  /** LED 0 of reader 0 lit steadily in {@code color} until told otherwise. */
  public static LedCommand steady(LedColor color) {
    return new LedCommand(List.of(new Setting(0, 0, Pattern.NO_CHANGE, 0, Pattern.steady(color))));
  }

  @Override
  public int code() {
    return CODE;
  }

  @Override
  public String name() {
    return "osdp_LED";
  }

  @Override
  public <T> T accept(Visitor<T> visitor) {
    return visitor.led(this);
  }

  /** 14 bytes per record, as listed on {@link Setting}. */
  public static final class Serializer {
    private Serializer() {}

    public static void encode(LedCommand command, ByteBuffer out) {
      for (Setting s : command.settings()) {
        out.put((byte) s.reader()).put((byte) s.led());
        pattern(s.temporary(), out);
        Fields.u16(out, s.timer());
        pattern(s.permanent(), out);
      }
    }

    public static LedCommand decode(ByteBuffer data) throws OsdpDecodeException {
      if (data.remaining() == 0 || data.remaining() % RECORD_SIZE != 0) {
        throw new OsdpDecodeException.BadData(
            "osdp_LED: data must be whole 14-byte records, was " + data.remaining() + " bytes");
      }
      try {
        List<Setting> settings = new ArrayList<>();
        while (data.hasRemaining()) {
          int reader = Fields.u8(data);
          int led = Fields.u8(data);
          Pattern temporary = pattern(data);
          int timer = Fields.u16(data);
          settings.add(new Setting(reader, led, temporary, timer, pattern(data)));
        }
        return new LedCommand(settings);
      } catch (IllegalArgumentException e) {
        throw Fields.badData("osdp_LED", e);
      }
    }

    private static void pattern(Pattern p, ByteBuffer out) {
      out.put((byte) p.control())
          .put((byte) p.onTime())
          .put((byte) p.offTime())
          .put((byte) p.onColor().code())
          .put((byte) p.offColor().code());
    }

    private static Pattern pattern(ByteBuffer in) {
      return new Pattern(
          Fields.u8(in),
          Fields.u8(in),
          Fields.u8(in),
          LedColor.of(Fields.u8(in)),
          LedColor.of(Fields.u8(in)));
    }
  }
}
