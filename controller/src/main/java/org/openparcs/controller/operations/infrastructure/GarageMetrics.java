package org.openparcs.controller.operations.infrastructure;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import java.util.Optional;
import org.openparcs.controller.reporting.infrastructure.JdbcOutbox;
import org.openparcs.controller.reporting.infrastructure.OutboxRelay;

/**
 * Garage-wide gauges for Prometheus ({@code /prometheus}): the outbox backlog (events waiting for
 * the portal) and whether the portal link is up. Lane decisions, camera refusals and device errors
 * are counted where they happen.
 */
@Context
public class GarageMetrics {

  GarageMetrics(MeterRegistry registry, JdbcOutbox outbox, Optional<OutboxRelay> relay) {
    Gauge.builder("parcs.outbox.backlog", outbox, JdbcOutbox::backlog)
        .description("events waiting in the outbox for the portal")
        .register(registry);
    relay.ifPresent(
        r ->
            Gauge.builder("parcs.portal.link.up", r, x -> x.status().up() ? 1 : 0)
                .description("1 while the last delivery to the portal succeeded")
                .register(registry));
  }
}
