package org.openparcs.controller.operations.infrastructure;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openparcs.controller.reporting.infrastructure.JdbcOutbox;
import org.openparcs.controller.reporting.infrastructure.OutboxRelay;

/**
 * Readiness: the link to the portal. While the portal is away the garage works on (events wait in
 * the outbox), so the status is DEGRADED with the last error and the backlog, never DOWN.
 */
@Singleton
@Readiness
public class PortalLinkReadiness extends AbstractHealthIndicator<Map<String, Object>> {

  private final Optional<OutboxRelay> relay;
  private final JdbcOutbox outbox;

  PortalLinkReadiness(Optional<OutboxRelay> relay, JdbcOutbox outbox) {
    this.relay = relay;
    this.outbox = outbox;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("backlog", outbox.backlog());
    if (relay.isEmpty()) {
      details.put("reporting", "not configured (parcs.portal.url)");
      healthStatus = HealthStatus.UP;
      return details;
    }
    OutboxRelay.LinkStatus s = relay.get().status();
    details.put("circuit", s.circuit());
    details.put("lastDelivery", s.lastDelivery() == null ? null : s.lastDelivery().toString());
    if (!s.up()) {
      details.put("lastError", s.lastError());
    }
    healthStatus = s.up() ? HealthStatus.UP : LaneDevicesReadiness.DEGRADED;
    return details;
  }

  @Override
  protected String getName() {
    return "portal-link";
  }
}
