package org.openparcs.bridge.osdp;

/**
 * One OSDP packet: who it is for, its place in the conversation and the message it carries.
 *
 * <p>On the wire: SOM 0x53, ADDR (bit 7 set on replies), LEN (two bytes, LSB first, the whole
 * packet from SOM to the last check byte), CTRL (bits 0..1 sequence number, bit 2 set when a CRC-16
 * ends the packet instead of an 8-bit checksum, bit 3 security block present), the command or reply
 * code, its data, then the check.
 *
 * @param address the PD's address (0..0x7E; 0x7F is the broadcast address)
 * @param sequence the sequence number (0..3; 0 only when the ACU starts a conversation)
 * @param crc true for a CRC-16 check, false for the 8-bit checksum
 * @param message the command (ACU to PD) or reply (PD to ACU)
 */
public record OsdpFrame(int address, int sequence, boolean crc, OsdpMessage message) {

  /** The broadcast address every PD answers. */
  public static final int BROADCAST = 0x7F;

  public OsdpFrame {
    Fields.check(address, 0, BROADCAST, "OSDP address");
    Fields.check(sequence, 0, 3, "sequence number");
    if (message == null) {
      throw new IllegalArgumentException("an OSDP frame carries a message");
    }
  }

  /** A command with a CRC-16, as this controller sends them. */
  public static OsdpFrame command(int address, int sequence, OsdpCommand command) {
    return new OsdpFrame(address, sequence, true, command);
  }

  /** The reply to {@code command}: same address, sequence and kind of check. */
  public static OsdpFrame replyTo(OsdpFrame command, OsdpReply reply) {
    return new OsdpFrame(command.address(), command.sequence(), command.crc(), reply);
  }

  /** True when the frame carries a reply (PD to ACU). */
  public boolean isReply() {
    return message instanceof OsdpReply;
  }

  /** For log lines: {@code osdp_POLL to 0x01 seq 2}. */
  public String describe() {
    return String.format(
        "%s %s 0x%02X seq %d", message.name(), isReply() ? "from" : "to", address, sequence);
  }
}
