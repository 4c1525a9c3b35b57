package org.openparcs.bridge.osdp;

import java.nio.ByteBuffer;

/**
 * osdp_NAK (0x41): the PD refused the command.
 *
 * @param errorCode byte 0, 0..255: one of the codes below (0x01..0x09 are defined)
 */
public record Nak(int errorCode) implements OsdpReply {

  public static final int CODE = 0x41;

  /** Message check character(s) error: bad checksum or CRC. */
  public static final int BAD_CHECK = 0x01;

  /** Command length error. */
  public static final int BAD_LENGTH = 0x02;

  /** Unknown command code. */
  public static final int UNKNOWN_COMMAND = 0x03;

  /** Unexpected sequence number in the header. */
  public static final int BAD_SEQUENCE = 0x04;

  /** This PD does not support the security block received. */
  public static final int UNSUPPORTED_SECURITY = 0x05;

  /** Communication must be encrypted. */
  public static final int ENCRYPTION_REQUIRED = 0x06;

  /** Unable to process the command record. */
  public static final int UNABLE_TO_PROCESS = 0x09;

  public Nak {
    Fields.check(errorCode, 0, 0xFF, "NAK error code");
  }

  /** The error code in words, for logs and operators. */
  public String describe() {
    String meaning =
        switch (errorCode) {
          case BAD_CHECK -> "bad checksum or CRC";
          case BAD_LENGTH -> "command length error";
          case UNKNOWN_COMMAND -> "unknown command";
          case BAD_SEQUENCE -> "unexpected sequence number";
          case UNSUPPORTED_SECURITY -> "security block not supported";
          case ENCRYPTION_REQUIRED -> "encrypted communication required";
          case 0x07 -> "biometric type not supported";
          case 0x08 -> "biometric format not supported";
          case UNABLE_TO_PROCESS -> "unable to process the command";
          default -> "error code " + errorCode;
        };
    return String.format("NAK 0x%02X (%s)", errorCode, meaning);
  }

  @Override
  public int code() {
    return CODE;
  }

  @Override
  public String name() {
    return "osdp_NAK";
  }

  @Override
  public <T> T accept(Visitor<T> visitor) {
    return visitor.nak(this);
  }

  /** The error code byte; PDs may add detail bytes, which are read and ignored. */
  public static final class Serializer {
    private Serializer() {}

    public static void encode(Nak nak, ByteBuffer out) {
      out.put((byte) nak.errorCode());
    }

    public static Nak decode(ByteBuffer data) throws OsdpDecodeException {
      if (!data.hasRemaining()) {
        throw new OsdpDecodeException.BadData("osdp_NAK: the error code byte is missing");
      }
      int code = Fields.u8(data);
      data.position(data.limit());
      return new Nak(code);
    }
  }
}
