package org.openparcs.bridge.osdp;

import java.nio.ByteBuffer;

/**
 * Encodes {@link OsdpFrame}s to bytes and back. Decoding checks, in order: start of message, length
 * (within bounds and equal to the bytes given), the check (CRC-16 or checksum), direction, security
 * block, code and data. Each failure is its own {@link OsdpDecodeException}.
 */
public final class OsdpCodec {

  /** Start of message. */
  public static final int SOM = 0x53;

  /** SOM, ADDR, LEN (2), CTRL, code. */
  public static final int HEADER = 6;

  /** Shortest packet: header and a one-byte checksum. */
  public static final int MIN_LENGTH = HEADER + 1;

  /** Longest packet this side accepts (OSDP leaves the limit to the PD's receive buffer). */
  public static final int MAX_LENGTH = 1440;

  private static final int REPLY_BIT = 0x80;
  private static final int CTRL_CRC = 0x04;
  private static final int CTRL_SCB = 0x08;

  private OsdpCodec() {}

  /** The bytes of {@code frame}, check included. */
  public static byte[] encode(OsdpFrame frame) {
    ByteBuffer data = ByteBuffer.allocate(MAX_LENGTH);
    OsdpMessages.encodeData(frame.message(), data);
    int length = HEADER + data.position() + (frame.crc() ? 2 : 1);
    if (length > MAX_LENGTH) {
      throw new IllegalArgumentException("OSDP packet of " + length + " bytes is too long");
    }
    byte[] out = new byte[length];
    out[0] = (byte) SOM;
    out[1] = (byte) (frame.address() | (frame.isReply() ? REPLY_BIT : 0));
    out[2] = (byte) length;
    out[3] = (byte) (length >>> 8);
    out[4] = (byte) (frame.sequence() | (frame.crc() ? CTRL_CRC : 0));
    out[5] = (byte) frame.message().code();
    System.arraycopy(data.array(), 0, out, HEADER, data.position());
    int body = length - (frame.crc() ? 2 : 1);
    if (frame.crc()) {
      int crc = OsdpCheck.crc16(out, 0, body);
      out[body] = (byte) crc;
      out[body + 1] = (byte) (crc >>> 8);
    } else {
      out[body] = (byte) OsdpCheck.checksum(out, 0, body);
    }
    return out;
  }

  /** A command packet, as a PD receives it. */
  public static OsdpFrame decodeCommand(byte[] packet) throws OsdpDecodeException {
    return decode(packet, false);
  }

  /** A reply packet, as the ACU receives it. */
  public static OsdpFrame decodeReply(byte[] packet) throws OsdpDecodeException {
    return decode(packet, true);
  }

  /**
   * The length a packet starting at {@code bytes[0]} declares, once its first four bytes are there;
   * checked against the bounds.
   */
  public static int declaredLength(byte[] bytes) throws OsdpDecodeException {
    if ((bytes[0] & 0xFF) != SOM) {
      throw new OsdpDecodeException.BadStartOfMessage(bytes[0] & 0xFF);
    }
    int length = (bytes[2] & 0xFF) | (bytes[3] & 0xFF) << 8;
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw new OsdpDecodeException.BadLength(
          "declared length " + length + " is outside " + MIN_LENGTH + ".." + MAX_LENGTH);
    }
    return length;
  }

  private static OsdpFrame decode(byte[] packet, boolean reply) throws OsdpDecodeException {
    if (packet.length < 4) {
      throw new OsdpDecodeException.BadLength(packet.length + " bytes are not an OSDP packet");
    }
    int length = declaredLength(packet);
    if (length != packet.length) {
      throw new OsdpDecodeException.BadLength(
          "declared length " + length + " but " + packet.length + " bytes given");
    }
    int ctrl = packet[4] & 0xFF;
    boolean crc = (ctrl & CTRL_CRC) != 0;
    if (crc && length < MIN_LENGTH + 1) {
      throw new OsdpDecodeException.BadLength("a packet with a CRC is at least 8 bytes");
    }
    verifyCheck(packet, crc);
    int addressByte = packet[1] & 0xFF;
    if (((addressByte & REPLY_BIT) != 0) != reply) {
      throw new OsdpDecodeException.UnknownCode(
          reply ? "a command arrived where a reply was expected" : "a reply arrived as a command");
    }
    if ((ctrl & CTRL_SCB) != 0) {
      throw new OsdpDecodeException.UnsupportedSecurity();
    }
    int code = packet[5] & 0xFF;
    ByteBuffer data = ByteBuffer.wrap(packet, HEADER, length - HEADER - (crc ? 2 : 1)).slice();
    OsdpMessage message =
        reply ? OsdpMessages.decodeReply(code, data) : OsdpMessages.decodeCommand(code, data);
    return new OsdpFrame(addressByte & ~REPLY_BIT, ctrl & 0x03, crc, message);
  }

  private static void verifyCheck(byte[] packet, boolean crc) throws OsdpDecodeException {
    int n = packet.length;
    if (crc) {
      int expected = OsdpCheck.crc16(packet, 0, n - 2);
      int found = (packet[n - 2] & 0xFF) | (packet[n - 1] & 0xFF) << 8;
      if (expected != found) {
        throw new OsdpDecodeException.BadCheck(
            String.format("CRC 0x%04X does not match the bytes (0x%04X)", found, expected));
      }
    } else {
      int expected = OsdpCheck.checksum(packet, 0, n - 1);
      if (expected != (packet[n - 1] & 0xFF)) {
        throw new OsdpDecodeException.BadCheck(
            String.format(
                "checksum 0x%02X does not match the bytes (0x%02X)", packet[n - 1], expected));
      }
    }
  }
}
