package org.openparcs.bridge.osdp;

import java.nio.ByteBuffer;

/**
 * osdp_FMT (0x51): card data the reader already turned into characters (e.g. a magnetic stripe).
 *
 * @param reader byte 0: reader number (0..255)
 * @param reverse byte 1: 0 read forward, 1 read in reverse
 * @param characters byte 2 holds their count (1..255), then printable ASCII characters
 */
public record FormattedCardData(int reader, boolean reverse, String characters)
    implements OsdpReply {

  public static final int CODE = 0x51;

  public FormattedCardData {
    Fields.check(reader, 0, 0xFF, "reader number");
    Fields.printable(characters, 0xFF, "card characters");
  }

  @Override
  public int code() {
    return CODE;
  }

  @Override
  public String name() {
    return "osdp_FMT";
  }

  @Override
  public <T> T accept(Visitor<T> visitor) {
    return visitor.formattedCard(this);
  }

  /** Three header bytes as listed on the record, then the characters. */
  public static final class Serializer {
    private Serializer() {}

    public static void encode(FormattedCardData card, ByteBuffer out) {
      out.put((byte) card.reader())
          .put((byte) (card.reverse() ? 1 : 0))
          .put((byte) card.characters().length());
      for (int i = 0; i < card.characters().length(); i++) {
        out.put((byte) card.characters().charAt(i));
      }
    }

    public static FormattedCardData decode(ByteBuffer data) throws OsdpDecodeException {
      if (data.remaining() < 4) {
        throw new OsdpDecodeException.BadData(
            "osdp_FMT: at least 4 data bytes expected, " + data.remaining() + " given");
      }
      int reader = Fields.u8(data);
      int direction = Fields.u8(data);
      int count = Fields.u8(data);
      Fields.expect(data, count, "osdp_FMT characters");
      if (direction > 1) {
        throw new OsdpDecodeException.BadData("osdp_FMT: read direction must be 0 or 1");
      }
      try {
        return new FormattedCardData(reader, direction == 1, Fields.ascii(data, count));
      } catch (IllegalArgumentException e) {
        throw Fields.badData("osdp_FMT", e);
      }
    }
  }
}
