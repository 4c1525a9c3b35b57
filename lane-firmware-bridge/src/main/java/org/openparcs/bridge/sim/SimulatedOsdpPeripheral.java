package org.openparcs.bridge.sim;

import java.util.concurrent.atomic.AtomicInteger;
import org.openparcs.bridge.osdp.Ack;
import org.openparcs.bridge.osdp.IdRequest;
import org.openparcs.bridge.osdp.LedCommand;
import org.openparcs.bridge.osdp.Nak;
import org.openparcs.bridge.osdp.OsdpCheck;
import org.openparcs.bridge.osdp.OsdpCodec;
import org.openparcs.bridge.osdp.OsdpCommand;
import org.openparcs.bridge.osdp.OsdpDecodeException;
import org.openparcs.bridge.osdp.OsdpFrame;
import org.openparcs.bridge.osdp.OsdpReply;
import org.openparcs.bridge.osdp.PdId;
import org.openparcs.bridge.osdp.PdSequence;
import org.openparcs.bridge.osdp.Poll;
import org.openparcs.bridge.osdp.TextCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OSDP peripheral (PD) as the spec has it answer: packets with a bad check are ignored (the ACU
 * times out and retries), a repeated sequence number gets the last reply again without acting
 * twice, an unexpected one gets NAK 0x04, other faults their NAK. Subclasses add what the device
 * does with POLL, LED and TEXT. Faults for tests: {@link #corruptReplies}, {@link #silent}.
 */
public abstract class SimulatedOsdpPeripheral {

  private static final Logger LOG = LoggerFactory.getLogger(SimulatedOsdpPeripheral.class);

  private final String name;
  private final int address;
  private final PdId identity;
  private final PdSequence sequence = new PdSequence();
  private final AtomicInteger corruptReplies = new AtomicInteger();
  private volatile ReplyFault fault = ReplyFault.BAD_CRC;
  private volatile boolean silent;
  private byte[] lastReply;

  protected SimulatedOsdpPeripheral(String name, int address, PdId identity) {
    this.name = name;
    this.address = address;
    this.identity = identity;
  }

  public String name() {
    return name;
  }

  /** How a faulty PD or line garbles a reply. */
  public enum ReplyFault {
    /** The last check byte flipped: the CRC does not match. */
    BAD_CRC,
    /** A declared length beyond OSDP's largest packet. */
    BAD_LENGTH,
    /** A well-formed reply carrying another sequence number than the command it answers. */
    WRONG_SEQUENCE
  }

  /** The next {@code count} replies go out with a broken CRC. */
  public void corruptReplies(int count) {
    garbleReplies(ReplyFault.BAD_CRC, count);
  }

  /** The next {@code count} replies go out garbled by {@code fault} (0 stops it). */
  public void garbleReplies(ReplyFault fault, int count) {
    this.fault = fault;
    corruptReplies.set(count);
  }

  /** A silent PD receives but never answers (as if its line were cut). */
  public void silent(boolean silent) {
    this.silent = silent;
  }

  /** The reply to one received packet, or null when the PD stays quiet. */
  synchronized byte[] receive(byte[] packet) {
    if (silent) {
      return null;
    }
    OsdpFrame command;
    try {
      command = OsdpCodec.decodeCommand(packet);
    } catch (OsdpDecodeException.BadCheck e) {
      LOG.warn("PD {}: ignored a packet: {}", name, e.getMessage());
      return null;
    } catch (OsdpDecodeException e) {
      LOG.warn("PD {}: refused a packet ({}): {}", name, e.kind(), e.getMessage());
      return encode(
          new OsdpFrame(
              address, packet.length > 4 ? packet[4] & 3 : 0, true, new Nak(e.nakCode())));
    }
    if (command.address() != address && command.address() != OsdpFrame.BROADCAST) {
      return null;
    }
    try {
      if (sequence.accept(command.sequence()) == PdSequence.Verdict.REPEAT && lastReply != null) {
        return corrupted(lastReply.clone());
      }
    } catch (OsdpDecodeException e) {
      LOG.warn("PD {}: {}", name, e.getMessage());
      return encode(OsdpFrame.replyTo(command, new Nak(Nak.BAD_SEQUENCE)));
    }
    OsdpReply reply = ((OsdpCommand) command.message()).accept(new Commands());
    lastReply = encode(OsdpFrame.replyTo(command, reply));
    return corrupted(lastReply.clone());
  }

  private byte[] encode(OsdpFrame frame) {
    return OsdpCodec.encode(frame);
  }

  private byte[] corrupted(byte[] reply) {
    if (corruptReplies.getAndUpdate(n -> Math.max(0, n - 1)) <= 0) {
      return reply;
    }
    switch (fault) {
      case BAD_CRC -> reply[reply.length - 1] ^= 0x5A;
      case BAD_LENGTH -> {
        int length = OsdpCodec.MAX_LENGTH + 1;
        reply[2] = (byte) length;
        reply[3] = (byte) (length >>> 8);
      }
      case WRONG_SEQUENCE -> {
        int sequence = reply[4] & 3;
        reply[4] = (byte) ((reply[4] & ~3) | (sequence % 3 + 1));
        boolean crc = (reply[4] & 0x04) != 0;
        int body = reply.length - (crc ? 2 : 1);
        if (crc) {
          int check = OsdpCheck.crc16(reply, 0, body);
          reply[body] = (byte) check;
          reply[body + 1] = (byte) (check >>> 8);
        } else {
          reply[body] = (byte) OsdpCheck.checksum(reply, 0, body);
        }
      }
    }
    return reply;
  }

  /** What the device reports when polled: a card read, or null for osdp_ACK. */
  protected OsdpReply poll() {
    return null;
  }

  /** Sets the LEDs. */
  protected void led(LedCommand led) {}

  /** Shows text; a PD without a display answers NAK. */
  protected boolean text(TextCommand text) {
    return false;
  }

  private final class Commands implements OsdpCommand.Visitor<OsdpReply> {
    @Override
    public OsdpReply poll(Poll poll) {
      OsdpReply report = SimulatedOsdpPeripheral.this.poll();
      return report == null ? new Ack() : report;
    }

    @Override
    public OsdpReply id(IdRequest request) {
      return identity;
    }

    @Override
    public OsdpReply led(LedCommand led) {
      SimulatedOsdpPeripheral.this.led(led);
      return new Ack();
    }

    @Override
    public OsdpReply text(TextCommand text) {
      return SimulatedOsdpPeripheral.this.text(text) ? new Ack() : new Nak(Nak.UNKNOWN_COMMAND);
    }
  }
}
