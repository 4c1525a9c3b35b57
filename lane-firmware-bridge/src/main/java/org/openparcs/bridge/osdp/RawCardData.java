package org.openparcs.bridge.osdp;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * osdp_RAW (0x50): the bits a card reader read, unformatted, most significant bit first.
 *
 * @param reader byte 0: reader number (0..255)
 * @param format byte 1: 0 unspecified raw bits, 1 Wiegand P/data/P (0..1)
 * @param bitCount bytes 2..3: number of bits (1..1024, LSB first)
 * @param bits the card data, ceil(bitCount / 8) bytes, padded with zero bits at the end
 */
public record RawCardData(int reader, int format, int bitCount, byte[] bits) implements OsdpReply {

  public static final int CODE = 0x50;

  /** Format code of Wiegand data with its parity bits (P/data/P). */
  public static final int FORMAT_WIEGAND = 1;

  public RawCardData {
    Fields.check(reader, 0, 0xFF, "reader number");
    Fields.check(format, 0, 1, "card data format");
    Fields.check(bitCount, 1, 1024, "bit count");
    if (bits == null || bits.length != (bitCount + 7) / 8) {
      throw new IllegalArgumentException(
          bitCount + " bits need " + (bitCount + 7) / 8 + " data bytes");
    }
    bits = bits.clone();
  }

  /** Bit {@code i} of the card data, 0 being the first bit read. */
  public boolean bit(int i) {
    Fields.check(i, 0, bitCount - 1, "bit index");
    return (bits[i / 8] & (0x80 >>> (i % 8))) != 0;
  }

  @Override
  public byte[] bits() {
    return bits.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawCardData r
        && r.reader == reader
        && r.format == format
        && r.bitCount == bitCount
        && Arrays.equals(r.bits, bits);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * reader + format) + bitCount) + Arrays.hashCode(bits);
  }

  @Override
  public String toString() {
    return "RawCardData[reader=" + reader + ", format=" + format + ", " + bitCount + " bits]";
  }

  /** Hex of the card data, for logs that must say what was read. */
  public String hex() {
    return HexFormat.of().withUpperCase().formatHex(bits);
  }

  @Override
  public int code() {
    return CODE;
  }

  @Override
  public String name() {
    return "osdp_RAW";
  }

  @Override
  public <T> T accept(Visitor<T> visitor) {
    return visitor.rawCard(this);
  }

  /** Four header bytes as listed on the record, then the bits. */
  public static final class Serializer {
    private Serializer() {}

    public static void encode(RawCardData card, ByteBuffer out) {
      out.put((byte) card.reader()).put((byte) card.format());
      Fields.u16(out, card.bitCount());
      out.put(card.bits);
    }

    public static RawCardData decode(ByteBuffer data) throws OsdpDecodeException {
      if (data.remaining() < 5) {
        throw new OsdpDecodeException.BadData(
            "osdp_RAW: at least 5 data bytes expected, " + data.remaining() + " given");
      }
      int reader = Fields.u8(data);
      int format = Fields.u8(data);
      int bitCount = Fields.u16(data);
      Fields.expect(data, (bitCount + 7) / 8, "osdp_RAW card data of " + bitCount + " bits");
      byte[] bits = new byte[data.remaining()];
      data.get(bits);
      try {
        return new RawCardData(reader, format, bitCount, bits);
      } catch (IllegalArgumentException e) {
        throw Fields.badData("osdp_RAW", e);
      }
    }
  }
}
