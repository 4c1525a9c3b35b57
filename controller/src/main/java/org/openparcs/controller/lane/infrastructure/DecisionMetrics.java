package org.openparcs.controller.lane.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;
import org.openparcs.controller.lane.application.LaneOutcome;

/**
 * Lane decisions as metrics: {@code parcs.lane.decisions{lane,outcome,rule}} counts them, and the
 * timer {@code parcs.lane.decision.latency{lane}} measures camera push received to decision stored
 * and vend commanded (percentiles for Prometheus histograms).
 */
@Singleton
public class DecisionMetrics {

  private final MeterRegistry registry;

  DecisionMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void record(LaneOutcome outcome, long nanos) {
    String lane = outcome.read().laneId().value();
    registry
        .counter(
            "parcs.lane.decisions",
            "lane",
            lane,
            "outcome",
            outcome.decision().granted() ? "GRANTED" : "DENIED",
            "rule",
            outcome.decision().decision().rule())
        .increment();
    Timer.builder("parcs.lane.decision.latency")
        .tag("lane", lane)
        .publishPercentileHistogram()
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }
}
