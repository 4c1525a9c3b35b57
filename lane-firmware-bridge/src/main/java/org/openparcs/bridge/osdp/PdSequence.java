package org.openparcs.bridge.osdp;

/**
 * The peripheral's side of OSDP sequence numbers: 0 always starts over; otherwise a command carries
 * the number after the last one (a new command) or the same number (the ACU did not get the reply:
 * send it again). Anything else is out of sequence, answered with NAK 0x04.
 */
public final class PdSequence {

  /** What a command's sequence number means. */
  public enum Verdict {
    /** A new command: process it. */
    NEW,
    /** The last command again: repeat the last reply without acting twice. */
    REPEAT
  }

  private int last = -1;

  /** Judges {@code sequence}; remembers it when it is new. */
  public Verdict accept(int sequence) throws OsdpDecodeException {
    if (sequence == 0) {
      last = 0;
      return Verdict.NEW;
    }
    if (last >= 0 && sequence == last) {
      return Verdict.REPEAT;
    }
    int expected = last < 0 ? -1 : last % 3 + 1;
    if (sequence != expected) {
      throw new OsdpDecodeException.OutOfSequence(
          "sequence "
              + sequence
              + (last < 0 ? " before the conversation started with 0" : " after " + last));
    }
    last = sequence;
    return Verdict.NEW;
  }
}
