package org.openparcs.controller.camera.infrastructure;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openparcs.controller.camera.application.FrameWorkers;
import org.openparcs.controller.garage.model.LaneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed pool of reader threads, off the HTTP event loop; each lane may have {@code perLane}
 * frames waiting or being read. A failing job is logged and the worker goes on.
 */
final class ExecutorFrameWorkers implements FrameWorkers, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ExecutorFrameWorkers.class);

  private final ExecutorService pool;
  private final int perLane;
  private final Map<LaneId, AtomicInteger> inFlight = new ConcurrentHashMap<>();

  ExecutorFrameWorkers(int threads, int perLane) {
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "plate-reader-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.perLane = perLane;
  }

  @Override
  public boolean submit(LaneId lane, Runnable job) {
    AtomicInteger count = inFlight.computeIfAbsent(lane, l -> new AtomicInteger());
    if (count.incrementAndGet() > perLane) {
      count.decrementAndGet();
      return false;
    }
    pool.execute(
        () -> {
          try {
            job.run();
          } catch (RuntimeException e) {
            LOG.error("Lane {}: reading a frame failed", lane, e);
          } finally {
            count.decrementAndGet();
          }
        });
    return true;
  }

  @Override
  public void close() throws InterruptedException {
    pool.shutdown();
    if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
      pool.shutdownNow();
    }
  }
}
