package org.openparcs.bench.purge;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openparcs.bench.Percentiles;
import org.openparcs.bench.lane.LaneDriver;
import org.openparcs.bridge.sim.IoModuleSimulator;

/**
 * Lanes driven as in {@code bench/run lane}, each pulse timed and stamped with the time its push
 * was sent, so that windows can be chosen after the fact. Paused while the benchmark seeds (the
 * seeding is not what is measured) and resumed before each round's windows.
 */
final class PurgeLanes {

  private final List<IoModuleSimulator> sims;
  private final URI base;
  private final int gap;
  private final int vehiclesPerLane;
  private final List<long[]> samples = new ArrayList<>(); // {sent nanos, latency nanos}
  private final ExecutorService pool;
  private final List<Future<?>> running = new ArrayList<>();
  private final AtomicInteger driving = new AtomicInteger();
  private final AtomicLong visits = new AtomicLong();
  private final AtomicLong missed = new AtomicLong();
  private volatile String lastMiss;
  private volatile boolean stop;
  private volatile boolean paused = true;
  private long wrongOpens;

  /** {@code vehiclesPerLane}: the permit holders of each lane (each enters once). */
  PurgeLanes(List<IoModuleSimulator> sims, URI base, int gap, int vehiclesPerLane) {
    this.sims = sims;
    this.base = base;
    this.gap = gap;
    this.vehiclesPerLane = vehiclesPerLane;
    this.pool = Executors.newFixedThreadPool(sims.size());
  }

  /** Starts the lanes' threads, paused. */
  void start() {
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < sims.size(); i++) {
      LaneDriver driver = new LaneDriver(i, sims.get(i).lane(), http, base);
      running.add(pool.submit(() -> drive(driver)));
    }
  }

  private Void drive(LaneDriver driver) throws Exception {
    java.util.Random jitter = new java.util.Random(driver.hashCode());
    for (int v = 0; !stop; v++) {
      while (paused && !stop) {
        Thread.sleep(20);
      }
      if (stop) {
        break;
      }
      if (v >= vehiclesPerLane) {
        throw new IllegalStateException(
            "a lane ran out of permit holders (" + vehiclesPerLane + "): raise --permits-per-lane");
      }
      driving.incrementAndGet();
      try {
        if (gap > 0) {
          Thread.sleep(gap / 2 + jitter.nextInt(gap));
        }
        boolean stranger = v % 10 == 7;
        long sent = System.nanoTime();
        LaneDriver.Visit visit;
        try {
          visit = driver.visit(v, stranger);
        } catch (IllegalStateException e) {
          // A permit holder left without a pulse (the car backed away): counted and reported;
          // on a saturated machine the lane's monitor can miss a departure between two vehicles.
          missed.incrementAndGet();
          lastMiss = e.getMessage();
          continue;
        } finally {
          visits.incrementAndGet();
        }
        synchronized (samples) {
          if (!stranger) {
            samples.add(new long[] {sent, visit.latencyNanos()});
          }
          if (visit.wrongOpen()) {
            wrongOpens++;
          }
        }
      } finally {
        driving.decrementAndGet();
      }
    }
    return null;
  }

  void resume() {
    paused = false;
  }

  /** Pauses every lane after the vehicle it is driving; returns when all are idle. */
  void pause() throws InterruptedException {
    paused = true;
    while (driving.get() > 0) {
      Thread.sleep(10);
    }
    failIfALaneFailed();
  }

  void stop() throws Exception {
    stop = true;
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdownNow();
  }

  private void failIfALaneFailed() {
    for (Future<?> f : running) {
      if (f.isDone()) {
        try {
          f.get();
        } catch (Exception e) {
          throw new IllegalStateException("a lane failed: " + e.getMessage(), e);
        }
      }
    }
  }

  /** Waits until {@code total} vehicles have been driven, at most {@code seconds}. */
  void awaitVisits(long total, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (visits.get() < total && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    failIfALaneFailed();
  }

  /** Vehicles driven so far (strangers too). */
  long visits() {
    return visits.get();
  }

  /** The latencies of the pulses whose push was sent in [from, to) (nanoTime). */
  long[] between(long from, long to) {
    synchronized (samples) {
      return samples.stream().filter(s -> s[0] >= from && s[0] < to).mapToLong(s -> s[1]).toArray();
    }
  }

  /** The pulses sent in [from, to): {sent nanoTime, latency nanos}, in the order they came. */
  List<long[]> sentBetween(long from, long to) {
    synchronized (samples) {
      return samples.stream()
          .filter(s -> s[0] >= from && s[0] < to)
          .sorted(java.util.Comparator.comparingLong(s -> s[0]))
          .toList();
    }
  }

  Percentiles percentiles(long from, long to) {
    return new Percentiles(between(from, to));
  }

  /** Permit holders who got no pulse, and the last one's answer. */
  String missed() {
    return missed.get() == 0 ? "0" : missed.get() + " (last: " + lastMiss + ")";
  }

  long wrongOpens() {
    synchronized (samples) {
      return wrongOpens;
    }
  }
}
