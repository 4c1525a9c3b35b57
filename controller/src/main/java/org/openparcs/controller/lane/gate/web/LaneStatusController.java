package org.openparcs.controller.lane.gate.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.gate.infrastructure.LaneMonitor;
import org.openparcs.controller.lane.gate.model.SensorState;

/** Every lane and the health of its devices, for operators. */
@Controller("/api/lanes")
public class LaneStatusController {

  @Serdeable
  public record Sensors(boolean armingLoop, boolean safetyLoop, boolean armUp, boolean armDown) {}

  /** {@code sensors} is absent when the lane is out of service: no state is reported unknown. */
  @Serdeable
  public record LaneStatus(
      String id,
      String name,
      String direction,
      String status,
      @Nullable Sensors sensors,
      @Nullable String lastError,
      Instant since) {}

  private final GarageLayout garage;
  private final LaneMonitor monitor;

  public LaneStatusController(GarageLayout garage, LaneMonitor monitor) {
    this.garage = garage;
    this.monitor = monitor;
  }

  @Get
  public List<LaneStatus> lanes() {
    var health = monitor.health();
    return garage.lanes().stream()
        .map(
            lane -> {
              LaneMonitor.LaneHealth h = health.get(lane.id());
              SensorState s = h.sensors();
              return new LaneStatus(
                  lane.id().value(),
                  lane.name(),
                  lane.direction().name(),
                  h.online() ? "IN_SERVICE" : "OUT_OF_SERVICE",
                  s == null
                      ? null
                      : new Sensors(
                          s.armingLoopOccupied(), s.safetyLoopOccupied(), s.armUp(), s.armDown()),
                  h.lastError(),
                  h.since());
            })
        .toList();
  }
}
