package org.openparcs.bridge.osdp;

/**
 * The controller's side of OSDP sequence numbers: 0 opens a conversation (the PD resets its own
 * count), then 1, 2, 3, 1, 2, 3... A retry resends the same number; a reply must carry the number
 * of the command it answers.
 */
public final class AcuSequence {

  private int current = -1;

  /** The number of the next new command. */
  public int next() {
    current = current < 0 ? 0 : current % 3 + 1;
    return current;
  }

  /** Starts over at 0, after the PD went silent or the link was reconnected. */
  public void reset() {
    current = -1;
  }

  /** Refuses a reply that does not carry the sequence number of {@code command}. */
  public static void checkReply(OsdpFrame command, OsdpFrame reply) throws OsdpDecodeException {
    if (reply.sequence() != command.sequence()) {
      throw new OsdpDecodeException.OutOfSequence(
          "reply carries sequence " + reply.sequence() + " but answers " + command.describe());
    }
    if (reply.address() != command.address() && command.address() != OsdpFrame.BROADCAST) {
      throw new OsdpDecodeException.OutOfSequence(
          String.format(
              "reply from 0x%02X answers a command to 0x%02X", reply.address(), command.address()));
    }
  }
}
