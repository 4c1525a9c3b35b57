package org.openparcs.controller.retention.application;

import java.time.Instant;
import java.util.UUID;

/**
 * The progress of the purge under way, for operators (API and metrics): which order and step,
 * records planned and done. Written by the purge's thread, read by any.
 */
public final class PurgeProgress {

  /** What is shown: nothing running when {@code orderId} is null. */
  public record Snapshot(
      UUID orderId, String step, long planned, long done, Instant startedAt, int percent) {}

  private volatile UUID orderId;
  private volatile String step;
  private volatile long planned;
  private volatile long done;
  private volatile Instant startedAt;

  synchronized void begin(UUID order, long plannedRecords, Instant at) {
    orderId = order;
    planned = plannedRecords;
    done = 0;
    step = "starting";
    startedAt = at;
  }

  void step(String name) {
    step = name;
  }

  /** Adds records done (a chunk deleted, a partition dropped). */
  public synchronized void advance(long records) {
    done += records;
    if (done > planned) {
      planned = done;
    }
  }

  synchronized void end() {
    orderId = null;
    step = null;
    planned = 0;
    done = 0;
    startedAt = null;
  }

  public synchronized Snapshot snapshot() {
    int percent =
        planned == 0 ? (orderId == null ? 0 : 100) : (int) Math.min(100, done * 100 / planned);
    return new Snapshot(orderId, step, planned, done, startedAt, percent);
  }

  public boolean running() {
    return orderId != null;
  }
}
