package org.openparcs.bridge.osdp;

/**
 * Why bytes are not a valid OSDP packet. Each kind is its own type and carries the NAK error code a
 * PD answers it with, so a peripheral and a controller name the same fault the same way.
 */
public abstract sealed class OsdpDecodeException extends Exception {

  private final int nakCode;

  protected OsdpDecodeException(int nakCode, String message) {
    super(message);
    this.nakCode = nakCode;
  }

  /** The osdp_NAK error code for this fault (see {@link Nak}). */
  public int nakCode() {
    return nakCode;
  }

  /** A short operator-facing name of the fault. */
  public abstract String kind();

  /** The first byte is not the start of message 0x53. */
  public static final class BadStartOfMessage extends OsdpDecodeException {
    public BadStartOfMessage(int found) {
      super(Nak.BAD_LENGTH, String.format("expected start of message 0x53, found 0x%02X", found));
    }

    @Override
    public String kind() {
      return "bad start of message";
    }
  }

  /** The length field is below the shortest packet, above the largest, or not the bytes given. */
  public static final class BadLength extends OsdpDecodeException {
    public BadLength(String message) {
      super(Nak.BAD_LENGTH, message);
    }

    @Override
    public String kind() {
      return "bad length";
    }
  }

  /** The CRC or checksum does not match the bytes. */
  public static final class BadCheck extends OsdpDecodeException {
    public BadCheck(String message) {
      super(Nak.BAD_CHECK, message);
    }

    @Override
    public String kind() {
      return "bad check";
    }
  }

  /** A command or reply code this implementation does not know, or in the wrong direction. */
  public static final class UnknownCode extends OsdpDecodeException {
    public UnknownCode(String message) {
      super(Nak.UNKNOWN_COMMAND, message);
    }

    @Override
    public String kind() {
      return "unknown code";
    }
  }

  /** The message's data does not fit its code (wrong size, value out of range). */
  public static final class BadData extends OsdpDecodeException {
    public BadData(String message) {
      super(Nak.UNABLE_TO_PROCESS, message);
    }

    @Override
    public String kind() {
      return "bad data";
    }
  }

  /** The sequence number is not the one expected. */
  public static final class OutOfSequence extends OsdpDecodeException {
    public OutOfSequence(String message) {
      super(Nak.BAD_SEQUENCE, message);
    }

    @Override
    public String kind() {
      return "out of sequence";
    }
  }

  /** A security control block is present; the secure channel is not supported. */
  public static final class UnsupportedSecurity extends OsdpDecodeException {
    public UnsupportedSecurity() {
      super(Nak.UNSUPPORTED_SECURITY, "a security control block is present (secure channel)");
    }

    @Override
    public String kind() {
      return "unsupported security block";
    }
  }
}
