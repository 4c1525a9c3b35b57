package org.openparcs.bridge.osdp.acu;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openparcs.bridge.osdp.OsdpCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One OSDP peripheral driven by the controller: its {@link AcuSession} cycling on a thread of its
 * own, one exchange at a time, {@code pollInterval} apart (every 250 ms while it is offline).
 */
public final class OsdpDevice implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OsdpDevice.class);

  /** While offline, how often the controller tries to reach the PD again. */
  static final Duration OFFLINE_RETRY = Duration.ofMillis(250);

  private final String name;
  private final AcuSession session;
  private final OsdpLink link;
  private final ScheduledExecutorService thread;
  private final Duration pollInterval;

  public OsdpDevice(String name, AcuSettings settings, OsdpLink link, OsdpDeviceListener listener) {
    this.name = name;
    this.link = link;
    this.session = new AcuSession(name, settings, link, listener);
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "osdp-" + name);
              t.setDaemon(true);
              return t;
            });
    this.pollInterval = settings.pollInterval();
    thread.execute(this::cycle);
  }

  /** Queues a command for the peripheral. */
  public void send(OsdpCommand command) {
    session.send(command);
  }

  public OsdpDeviceStatus status() {
    return session.status();
  }

  public String name() {
    return name;
  }

  private void cycle() {
    try {
      session.cycle();
    } catch (RuntimeException e) {
      // A listener's failure must not stop the polling: the device would look alive but be deaf.
      LOG.error("OSDP {} cycle failed", name, e);
    }
    Duration next = session.status().online() ? pollInterval : OFFLINE_RETRY;
    try {
      thread.schedule(this::cycle, next.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException closed) {
      // closing
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
    try {
      thread.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    link.close();
  }
}
