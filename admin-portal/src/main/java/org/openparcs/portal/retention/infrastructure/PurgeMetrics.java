package org.openparcs.portal.retention.infrastructure;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import java.util.List;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.retention.application.PurgeRuns;
import org.openparcs.portal.retention.model.PurgeRun;

/**
 * Purge progress for Prometheus: the latest run's records planned and done, and 1 while it runs
 * ({@code parcs.portal.purge.planned|done|running}). An alert watches a run that stops moving.
 */
@Context
class PurgeMetrics {

  PurgeMetrics(MeterRegistry registry, PurgeRuns runs, UnitOfWork unitOfWork) {
    Gauge.builder("parcs.portal.purge.planned", () -> latest(runs, unitOfWork, 0))
        .description("records the latest purge run planned to delete or strip")
        .register(registry);
    Gauge.builder("parcs.portal.purge.done", () -> latest(runs, unitOfWork, 1))
        .description("records the latest purge run has deleted or stripped so far")
        .register(registry);
    Gauge.builder("parcs.portal.purge.running", () -> latest(runs, unitOfWork, 2))
        .description("1 while a purge run is in progress")
        .register(registry);
  }

  private static double latest(PurgeRuns runs, UnitOfWork unitOfWork, int what) {
    List<PurgeRun> recent = unitOfWork.reading(() -> runs.recent(1));
    if (recent.isEmpty()) {
      return 0;
    }
    PurgeRun r = recent.get(0);
    return what == 0 ? r.planned() : what == 1 ? r.done() : r.running() ? 1 : 0;
  }
}
