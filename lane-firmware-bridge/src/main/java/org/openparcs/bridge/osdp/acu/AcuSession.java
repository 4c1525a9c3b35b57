package org.openparcs.bridge.osdp.acu;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.openparcs.bridge.osdp.AcuSequence;
import org.openparcs.bridge.osdp.IdRequest;
import org.openparcs.bridge.osdp.Nak;
import org.openparcs.bridge.osdp.OsdpCodec;
import org.openparcs.bridge.osdp.OsdpCommand;
import org.openparcs.bridge.osdp.OsdpDecodeException;
import org.openparcs.bridge.osdp.OsdpFrame;
import org.openparcs.bridge.osdp.OsdpReply;
import org.openparcs.bridge.osdp.PdId;
import org.openparcs.bridge.osdp.Poll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller's conversation with one peripheral. Each {@link #cycle()} makes one exchange:
 * while the PD is offline an ID request with sequence 0 (which restarts the PD's count); online,
 * the oldest queued command, or a POLL. A failed exchange (no answer, bad CRC, length or sequence)
 * is sent again with the same sequence number up to {@code retries} times; after {@code
 * failuresToOffline} failed cycles in a row the PD is offline: the listener is told, the connection
 * dropped and the conversation starts over with an ID request. Not thread-safe except {@link
 * #send}: one thread runs the cycles.
 */
public final class AcuSession {

  private static final Logger LOG = LoggerFactory.getLogger(AcuSession.class);

  private final String name;
  private final AcuSettings settings;
  private final OsdpLink link;
  private final OsdpDeviceListener listener;
  private final AcuSequence sequence = new AcuSequence();
  private final Queue<OsdpCommand> queued = new ConcurrentLinkedQueue<>();
  private final ReplyHandler replies;
  private volatile OsdpDeviceStatus status = new OsdpDeviceStatus(false, null, 0, 0, null);
  private int failedCycles;

  public AcuSession(String name, AcuSettings settings, OsdpLink link, OsdpDeviceListener listener) {
    this.name = name;
    this.settings = settings;
    this.link = link;
    this.listener = listener;
    this.replies = new ReplyHandler(name, listener);
  }

  /** Queues a command (TEXT, LED...) for the next cycles; safe from any thread. */
  public void send(OsdpCommand command) {
    queued.add(command);
  }

  /** The PD as last seen. */
  public OsdpDeviceStatus status() {
    return status;
  }

  /** One exchange, with its retries. */
  public void cycle() {
    boolean online = status.online();
    OsdpCommand command = online ? nextCommand() : IdRequest.STANDARD;
    if (!online) {
      sequence.reset();
    }
    OsdpFrame frame = OsdpFrame.command(settings.address(), sequence.next(), command);
    byte[] packet = OsdpCodec.encode(frame);
    String failure = null;
    for (int attempt = 0; attempt <= settings.retries(); attempt++) {
      try {
        OsdpFrame reply = OsdpCodec.decodeReply(link.exchange(packet, settings.replyTimeout()));
        AcuSequence.checkReply(frame, reply);
        answered(frame, (OsdpReply) reply.message());
        return;
      } catch (OsdpLinkException e) {
        failure = e.kind() + ": " + e.getMessage();
      } catch (OsdpDecodeException e) {
        failure = e.kind() + ": " + e.getMessage();
      }
      recordFailure(failure);
      if (online) {
        LOG.warn(
            "OSDP {} {} failed (attempt {}): {}", name, frame.describe(), attempt + 1, failure);
      } else {
        LOG.debug("OSDP {} still offline: {}", name, failure); // said once, when it went offline
      }
    }
    failedCycle(failure);
  }

  private OsdpCommand nextCommand() {
    OsdpCommand next = queued.peek();
    return next == null ? new Poll() : next;
  }

  private void answered(OsdpFrame frame, OsdpReply reply) {
    OsdpDeviceStatus s = status;
    failedCycles = 0;
    status =
        new OsdpDeviceStatus(
            s.online(), s.identity(), s.exchanges() + 1, s.failures(), s.lastFailure());
    if (reply instanceof Nak nak && nak.errorCode() == Nak.BAD_SEQUENCE) {
      sequence.reset(); // the command goes again, opening a new conversation
    } else if (frame.message() == queued.peek()) {
      queued.poll();
    }
    String identity = reply.accept(replies.forCommand(frame));
    if (identity != null) {
      s = status;
      status = new OsdpDeviceStatus(true, identity, s.exchanges(), s.failures(), s.lastFailure());
      LOG.info("OSDP {} online: {}", name, identity);
      listener.online((PdId) reply);
    }
  }

  private void recordFailure(String failure) {
    OsdpDeviceStatus s = status;
    status =
        new OsdpDeviceStatus(
            s.online(), s.identity(), s.exchanges() + 1, s.failures() + 1, failure);
  }

  private void failedCycle(String failure) {
    failedCycles++;
    if (failedCycles >= settings.failuresToOffline()) {
      link.disconnect();
      if (status.online()) {
        OsdpDeviceStatus s = status;
        status = new OsdpDeviceStatus(false, s.identity(), s.exchanges(), s.failures(), failure);
        LOG.warn("OSDP {} offline after {} failed exchanges: {}", name, failedCycles, failure);
        listener.offline(failure);
      }
      failedCycles = 0;
    }
  }
}
