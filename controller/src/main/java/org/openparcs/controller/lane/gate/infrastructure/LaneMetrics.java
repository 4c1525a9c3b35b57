package org.openparcs.controller.lane.gate.infrastructure;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.application.LaneControls;
import org.openparcs.controller.lane.control.model.LanePhase;

/**
 * Each lane's device health as metrics ({@code /metrics}): in service or not, the circuit state of
 * its I/O module, transactions and failures.
 */
@Context
@Requires(beans = MeterRegistry.class)
public class LaneMetrics {

  public LaneMetrics(MeterRegistry registry, LaneDevices devices, LaneControls controls) {
    for (LaneId lane : devices.all().keySet()) {
      String id = lane.value();
      Gauge.builder(
              "parcs.lane.in.service",
              controls,
              c -> c.snapshot(lane).phase() == LanePhase.OUT_OF_SERVICE ? 0 : 1)
          .tag("lane", id)
          .description("1 while the lane's I/O module answers, 0 while the lane is out of service")
          .register(registry);
      Gauge.builder(
              "parcs.lane.io.circuit.open",
              devices,
              d -> "CLOSED".equals(d.health(lane).circuit()) ? 0 : 1)
          .tag("lane", id)
          .description("1 while contact with the lane's I/O module is paused after failures")
          .register(registry);
      FunctionCounter.builder(
              "parcs.lane.io.transactions", devices, d -> d.health(lane).transactions())
          .tag("lane", id)
          .register(registry);
      FunctionCounter.builder("parcs.lane.io.failures", devices, d -> d.health(lane).failures())
          .tag("lane", id)
          .register(registry);
    }
  }
}
