package org.openparcs.controller.retention.infrastructure;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import org.openparcs.controller.retention.application.PurgeProgress;

/** A long purge's progress as metrics ({@code /metrics/parcs.retention.purge.*}). */
@Context
@Requires(beans = MeterRegistry.class)
public class PurgeMetrics {

  public PurgeMetrics(MeterRegistry registry, PurgeProgress progress) {
    Gauge.builder("parcs.retention.purge.running", progress, p -> p.running() ? 1 : 0)
        .description("1 while the garage carries out a purge order")
        .register(registry);
    Gauge.builder("parcs.retention.purge.planned", progress, p -> p.snapshot().planned())
        .description("records the purge under way expects to remove")
        .register(registry);
    Gauge.builder("parcs.retention.purge.done", progress, p -> p.snapshot().done())
        .description("records the purge under way has removed so far")
        .register(registry);
  }
}
