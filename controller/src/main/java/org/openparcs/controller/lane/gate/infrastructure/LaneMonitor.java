package org.openparcs.controller.lane.gate.infrastructure;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openparcs.bridge.io.DeviceHealth;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.application.ObserveLane;
import org.openparcs.controller.lane.control.infrastructure.LaneControlSettings;
import org.openparcs.controller.shared.application.ChangeNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls every lane's I/O module (20 Hz by default; the loop counters catch what falls between two
 * polls) and feeds each reading to the lane's state machine. Keeps each module's health for
 * operators: a module that does not answer puts its lane out of service. Open consoles hear of
 * every change of a module's health (each failed transaction, the circuit opening or closing, the
 * module answering again) as a {@code LANES} notice at the poll that saw it, not on a timer of
 * their own: the failure count an operator sees is the current one while the lane is out.
 */
@Context
public class LaneMonitor {

  private static final Logger LOG = LoggerFactory.getLogger(LaneMonitor.class);

  /** Whether a lane's module answers, its last failure, and since when it is in this state. */
  public record LaneHealth(boolean online, String lastError, Instant since) {}

  private final ObserveLane observe;
  private final Clock clock;
  private final int countersEvery;
  private final ScheduledExecutorService pollers;
  private final Map<LaneId, LaneHealth> health = new ConcurrentHashMap<>();
  private final Map<LaneId, AtomicLong> polls = new ConcurrentHashMap<>();
  private final Map<LaneId, DeviceHealth> told = new ConcurrentHashMap<>();
  private final LaneDevices devices;
  private final ChangeNotices notices;

  public LaneMonitor(
      LaneDevices devices,
      ObserveLane observe,
      LaneMonitorSettings settings,
      LaneControlSettings control,
      Clock clock,
      ChangeNotices notices) {
    this.observe = observe;
    this.devices = devices;
    this.notices = notices;
    this.clock = clock;
    this.countersEvery = control.countersEvery();
    int threads = Math.max(1, Math.min(8, devices.all().size()));
    this.pollers =
        Executors.newScheduledThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "lane-monitor");
              t.setDaemon(true);
              return t;
            });
    long period = settings.pollInterval().toMillis();
    for (LaneId lane : devices.all().keySet()) {
      health.put(lane, new LaneHealth(false, "not yet polled", clock.instant()));
      polls.put(lane, new AtomicLong());
      pollers.scheduleWithFixedDelay(() -> poll(lane), 0, period, TimeUnit.MILLISECONDS);
    }
  }

  public Map<LaneId, LaneHealth> health() {
    return Map.copyOf(health);
  }

  @PreDestroy
  void stop() {
    pollers.shutdownNow();
  }

  /**
   * A LANES notice when the module's health changed since the last one: its circuit, failure count
   * or last failure (the transaction count grows at every poll and alone is no news).
   */
  private void tellConsolesOfHealth(LaneId lane) {
    DeviceHealth now = devices.health(lane);
    DeviceHealth before = told.put(lane, now);
    if (before != null
        && (!before.circuit().equals(now.circuit())
            || before.failures() != now.failures()
            || !Objects.equals(before.lastFailure(), now.lastFailure()))) {
      notices.changed(ChangeNotices.Topic.LANES);
    }
  }

  private void poll(LaneId lane) {
    try {
      boolean counters = polls.get(lane).getAndIncrement() % countersEvery == 0;
      Optional<String> failure = observe.poll(lane, counters);
      LaneHealth before = health.get(lane);
      Instant at = clock.instant();
      if (failure.isEmpty() && !before.online()) {
        health.put(lane, new LaneHealth(true, null, at));
        LOG.info("Lane {}: I/O module answers, lane in service", lane);
      } else if (failure.isPresent() && (before.online() || before.lastError() == null)) {
        health.put(lane, new LaneHealth(false, failure.get(), at));
        LOG.warn("Lane {} out of service: {}", lane, failure.get());
      } else if (failure.isPresent() && !failure.get().equals(before.lastError())) {
        health.put(lane, new LaneHealth(false, failure.get(), before.since()));
      }
      tellConsolesOfHealth(lane);
    } catch (RuntimeException e) {
      LOG.error("Lane {}: monitor error (continues): {}", lane, e.toString());
    }
  }
}
