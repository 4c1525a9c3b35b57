package org.openparcs.controller.lane.gate.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.openparcs.bridge.io.DeviceHealth;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.lane.control.application.LaneControls;
import org.openparcs.controller.lane.control.model.LanePhase;
import org.openparcs.controller.lane.control.model.LaneSnapshot;
import org.openparcs.controller.lane.device.infrastructure.OsdpLaneDevices;
import org.openparcs.controller.lane.gate.infrastructure.LaneDevices;
import org.openparcs.controller.lane.gate.infrastructure.LaneMonitor;
import org.openparcs.controller.lane.gate.model.SensorState;

/** Every lane, its mode and phase, and the health of its I/O module, for operators. */
@Controller("/api/lanes")
public class LaneStatusController {

  @Serdeable
  public record Sensors(boolean armingLoop, boolean safetyLoop, boolean armUp, boolean armDown) {}

  /** The I/O module as the lane's guard sees it. */
  @Serdeable
  public record Device(
      String circuit, long transactions, long failures, @Nullable String lastFailure) {}

  /** {@code sensors} is absent when the lane is out of service: no state is reported unknown. */
  @Serdeable
  public record LaneStatus(
      String id,
      String name,
      String direction,
      String status,
      String mode,
      String phase,
      int vendsInProgress,
      @Nullable Sensors sensors,
      @Nullable String lastError,
      Instant since,
      Device device,
      List<LaneDevice> laneDevices) {}

  /** An OSDP card reader or display at the lane: {@code ONLINE} or {@code OFFLINE}. */
  @Serdeable
  public record LaneDevice(String id, String kind, String status, @Nullable String lastFailure) {}

  private final LaneControls controls;
  private final LaneMonitor monitor;
  private final LaneDevices devices;
  private final OsdpLaneDevices osdp;

  public LaneStatusController(
      LaneControls controls, LaneMonitor monitor, LaneDevices devices, OsdpLaneDevices osdp) {
    this.osdp = osdp;
    this.controls = controls;
    this.monitor = monitor;
    this.devices = devices;
  }

  @Get
  public List<LaneStatus> lanes() {
    var health = monitor.health();
    return controls.lanes().stream().map(lane -> status(lane, health.get(lane.id()))).toList();
  }

  /** The guard's last failure is the freshest; the monitor's covers a lane never reached. */
  private static String lastError(DeviceHealth d, LaneMonitor.LaneHealth h) {
    return d.lastFailure() != null ? d.lastFailure() : h.lastError();
  }

  private LaneStatus status(Lane lane, LaneMonitor.LaneHealth h) {
    LaneSnapshot snap = controls.snapshot(lane.id());
    SensorState s = snap.sensors();
    DeviceHealth d = devices.health(lane.id());
    boolean inService = snap.phase() != LanePhase.OUT_OF_SERVICE;
    return new LaneStatus(
        lane.id().value(),
        lane.name(),
        lane.direction().name(),
        inService ? "IN_SERVICE" : "OUT_OF_SERVICE",
        snap.mode().name(),
        snap.phase().name(),
        snap.vendsInProgress(),
        s == null
            ? null
            : new Sensors(s.armingLoopOccupied(), s.safetyLoopOccupied(), s.armUp(), s.armDown()),
        inService ? null : lastError(d, h),
        h.since(),
        new Device(d.circuit(), d.transactions(), d.failures(), d.lastFailure()),
        osdp.devices().stream()
            .filter(r -> r.settings().lane().equals(lane.id().value()))
            .map(
                r ->
                    new LaneDevice(
                        r.settings().id(),
                        r.settings().kind().name(),
                        r.status().online() ? "ONLINE" : "OFFLINE",
                        r.status().lastFailure()))
            .toList());
  }
}
