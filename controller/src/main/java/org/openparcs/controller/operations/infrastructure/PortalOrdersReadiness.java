package org.openparcs.controller.operations.infrastructure;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openparcs.controller.identity.infrastructure.PortalOrderVerifier;
import org.openparcs.controller.identity.infrastructure.PortalOrderVerifier.RefusalReason;

/**
 * Readiness: whether this garage can accept the portal's purge orders. Without trusted portal keys
 * it refuses every order (POLICY R1), so expired plate data stays until an operator configures
 * them: DEGRADED with "portal keys missing" (the lanes work on, so never DOWN).
 */
@Singleton
@Readiness
public class PortalOrdersReadiness extends AbstractHealthIndicator<Map<String, Object>> {

  private final PortalOrderVerifier verifier;

  PortalOrdersReadiness(PortalOrderVerifier verifier) {
    this.verifier = verifier;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    Map<String, Object> details = new LinkedHashMap<>();
    long refused = 0;
    for (RefusalReason r : RefusalReason.values()) {
      refused += verifier.refusals(r);
    }
    details.put("refused", refused);
    if (verifier.hasPortalKeys()) {
      details.put("portalKeys", "configured");
      healthStatus = HealthStatus.UP;
    } else {
      details.put("portalKeys", "portal keys missing");
      details.put("problem", PortalOrderVerifier.KEYS_MISSING);
      healthStatus = LaneDevicesReadiness.DEGRADED;
    }
    return details;
  }

  @Override
  protected String getName() {
    return "portal-orders";
  }
}
