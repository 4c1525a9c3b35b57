package org.openparcs.bridge.osdp;

/**
 * The credential number a card read stands for, as written on a permit.
 *
 * <p>Formatted reads give their characters. Raw 26-bit Wiegand reads (even parity over bits 1..12,
 * 8-bit facility code, 16-bit card number, odd parity over bits 13..24) give {@code
 * facility:number}, e.g. {@code 12:34567}; a Wiegand read whose parity fails is no credential.
 * Other raw reads give {@code raw<bits>:<hex>}.
 */
public final class CardNumber {

  private CardNumber() {}

  /** The number of a raw read. */
  public static String of(RawCardData card) throws OsdpDecodeException {
    if (card.bitCount() != 26) {
      return "raw" + card.bitCount() + ":" + card.hex();
    }
    int even = 0;
    int odd = 1;
    for (int i = 0; i < 13; i++) {
      even ^= card.bit(i) ? 1 : 0;
      odd ^= card.bit(13 + i) ? 1 : 0;
    }
    if (even != 0 || odd != 0) {
      throw new OsdpDecodeException.BadData("Wiegand 26 parity fails on card data " + card.hex());
    }
    int facility = bits(card, 1, 8);
    int number = bits(card, 9, 16);
    return facility + ":" + number;
  }

  /** The number of a formatted read. */
  public static String of(FormattedCardData card) {
    return card.characters();
  }

  /** A raw 26-bit Wiegand read of {@code facility:number}, as a reader would send it. */
  public static RawCardData wiegand26(int reader, int facility, int number) {
    Fields.check(facility, 0, 0xFF, "facility code");
    Fields.check(number, 0, 0xFFFF, "card number");
    long payload = ((long) facility << 16) | number;
    boolean[] bits = new boolean[26];
    for (int i = 0; i < 24; i++) {
      bits[1 + i] = ((payload >>> (23 - i)) & 1) == 1;
    }
    int even = 0;
    int odd = 1;
    for (int i = 1; i < 13; i++) {
      even ^= bits[i] ? 1 : 0;
      odd ^= bits[12 + i] ? 1 : 0;
    }
    bits[0] = even == 1;
    bits[25] = odd == 1;
    byte[] bytes = new byte[4];
    for (int i = 0; i < 26; i++) {
      if (bits[i]) {
        bytes[i / 8] |= (byte) (0x80 >>> (i % 8));
      }
    }
    return new RawCardData(reader, RawCardData.FORMAT_WIEGAND, 26, bytes);
  }

  private static int bits(RawCardData card, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      value = value << 1 | (card.bit(i) ? 1 : 0);
    }
    return value;
  }
}
