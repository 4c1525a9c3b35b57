package org.openparcs.controller.lane.gate.infrastructure;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openparcs.bridge.io.IoModuleException;
import org.openparcs.bridge.lane.LaneIo;
import org.openparcs.bridge.lane.LaneSignals;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.gate.application.RecordLaneObservation;
import org.openparcs.controller.lane.gate.model.LaneObservation;
import org.openparcs.controller.lane.gate.model.SensorState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls every lane's I/O module, records loop and arm changes as gate events, and keeps each lane's
 * health: a lane whose module does not answer is out of service and reports no sensor state.
 */
@Context
public class LaneMonitor {

  private static final Logger LOG = LoggerFactory.getLogger(LaneMonitor.class);

  /** What operators see of a lane's devices; {@code sensors} is null when not known. */
  public record LaneHealth(boolean online, SensorState sensors, String lastError, Instant since) {}

  private final LaneDevices devices;
  private final RecordLaneObservation record;
  private final Clock clock;
  private final ScheduledExecutorService pollers;
  private final Map<LaneId, LaneHealth> health = new ConcurrentHashMap<>();

  public LaneMonitor(
      LaneDevices devices,
      RecordLaneObservation record,
      LaneMonitorSettings settings,
      Clock clock) {
    this.devices = devices;
    this.record = record;
    this.clock = clock;
    int threads = Math.max(1, Math.min(4, devices.all().size()));
    this.pollers =
        Executors.newScheduledThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "lane-monitor");
              t.setDaemon(true);
              return t;
            });
    long period = settings.pollInterval().toMillis();
    for (var lane : devices.all().entrySet()) {
      health.put(lane.getKey(), new LaneHealth(false, null, "not yet polled", clock.instant()));
      pollers.scheduleWithFixedDelay(
          () -> poll(lane.getKey(), lane.getValue()), 0, period, TimeUnit.MILLISECONDS);
    }
  }

  public Map<LaneId, LaneHealth> health() {
    return Map.copyOf(health);
  }

  @PreDestroy
  void stop() {
    pollers.shutdownNow();
  }

  private void poll(LaneId lane, LaneIo io) {
    try {
      LaneSignals signals = io.readSignals();
      SensorState now =
          new SensorState(
              signals.armingLoopOccupied(),
              signals.safetyLoopOccupied(),
              signals.armUp(),
              signals.armDown());
      LaneHealth before = health.get(lane);
      Instant at = clock.instant();
      if (!before.online()
          && before.sensors() == null
          && !"not yet polled".equals(before.lastError())) {
        record.record(new LaneObservation.DeviceRecovered(lane, at));
        LOG.info("Lane {}: I/O module answers again", lane);
      }
      if (before.sensors() != null && !before.sensors().equals(now)) {
        record.record(new LaneObservation.SensorsChanged(lane, before.sensors(), now, at));
      }
      if (!now.equals(before.sensors()) || !before.online()) {
        health.put(lane, new LaneHealth(true, now, null, before.online() ? before.since() : at));
      }
    } catch (IoModuleException e) {
      LaneHealth before = health.get(lane);
      if (before.online() || "not yet polled".equals(before.lastError())) {
        Instant at = clock.instant();
        health.put(lane, new LaneHealth(false, null, e.kind() + ": " + e.getMessage(), at));
        LOG.warn("Lane {} out of service: {}", lane, e.getMessage());
        record.record(new LaneObservation.DeviceFault(lane, e.kind(), e.getMessage(), at));
      }
    } catch (RuntimeException e) {
      LOG.error("Lane {}: monitor error (continues): {}", lane, e.toString());
    }
  }
}
