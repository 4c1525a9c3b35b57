package org.openparcs.bridge.osdp;

/**
 * The two integrity checks an OSDP packet may end with: a 16-bit CRC (CTRL bit 2 set) or an 8-bit
 * checksum (clear).
 */
public final class OsdpCheck {

  /** CRC-16 as OSDP specifies it: polynomial 0x1021, initial value 0x1D0F, no reflection. */
  private static final int POLYNOMIAL = 0x1021;

  private static final int INITIAL = 0x1D0F;

  private OsdpCheck() {}

  /** The 16-bit CRC of {@code length} bytes from {@code offset}; sent least significant first. */
  public static int crc16(byte[] bytes, int offset, int length) {
    int crc = INITIAL;
    for (int i = offset; i < offset + length; i++) {
      crc ^= (bytes[i] & 0xFF) << 8;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x8000) != 0 ? (crc << 1) ^ POLYNOMIAL : crc << 1;
      }
      crc &= 0xFFFF;
    }
    return crc;
  }

  /** The 8-bit checksum: the two's complement of the sum of the bytes, so everything sums to 0. */
  public static int checksum(byte[] bytes, int offset, int length) {
    int sum = 0;
    for (int i = offset; i < offset + length; i++) {
      sum += bytes[i] & 0xFF;
    }
    return (-sum) & 0xFF;
  }
}
