package org.openparcs.controller.operations.infrastructure;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.lane.control.application.LaneControls;
import org.openparcs.controller.lane.control.model.LanePhase;

/**
 * Readiness: the lanes' I/O modules. A lane out of service makes the garage DEGRADED, not down: the
 * other lanes and the cameras keep working, so the service stays in rotation (HTTP 200) and the
 * status says which lane needs a technician.
 */
@Singleton
@Readiness
public class LaneDevicesReadiness extends AbstractHealthIndicator<Map<String, Object>> {

  /** Working, but not every part is (a lane out of service, the portal away). */
  public static final HealthStatus DEGRADED =
      new HealthStatus("DEGRADED", "working with a part out of service", true, 1);

  private final LaneControls controls;

  LaneDevicesReadiness(LaneControls controls) {
    this.controls = controls;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    Map<String, Object> lanes = new LinkedHashMap<>();
    boolean all = true;
    for (Lane lane : controls.lanes()) {
      boolean in = controls.snapshot(lane.id()).phase() != LanePhase.OUT_OF_SERVICE;
      lanes.put(lane.id().value(), in ? "IN_SERVICE" : "OUT_OF_SERVICE");
      all &= in;
    }
    healthStatus = all ? HealthStatus.UP : DEGRADED;
    return lanes;
  }

  @Override
  protected String getName() {
    return "devices";
  }
}
