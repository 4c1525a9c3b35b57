package org.openparcs.portal.common.infrastructure;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Liveness;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * Liveness: the process answers HTTP (this answer is the proof). Restart the service only when this
 * fails; a database problem shows in readiness, and a restart would not fix it.
 */
@Singleton
@Liveness
public class ProcessLiveness extends AbstractHealthIndicator<Map<String, Object>> {

  @Override
  protected Map<String, Object> getHealthInformation() {
    healthStatus = HealthStatus.UP;
    return Map.of("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
  }

  @Override
  protected String getName() {
    return "process";
  }
}
