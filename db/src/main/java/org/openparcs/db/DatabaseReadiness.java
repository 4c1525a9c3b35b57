package org.openparcs.db;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openparcs.db.DatabaseFactory.PooledDatabase;

/** Readiness (garage and portal alike): the service's database answers a query within 2 seconds. */
@Singleton
@Readiness
public class DatabaseReadiness extends AbstractHealthIndicator<Map<String, Object>> {

  private final PooledDatabase database;

  DatabaseReadiness(PooledDatabase database) {
    this.database = database;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    Map<String, Object> details = new LinkedHashMap<>();
    try (Connection c = database.raw().getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(2);
      s.execute("SELECT 1");
      healthStatus = HealthStatus.UP;
    } catch (Exception e) {
      healthStatus = HealthStatus.DOWN;
      details.put("error", e.getClass().getSimpleName());
    }
    return details;
  }

  @Override
  protected String getName() {
    return "database";
  }
}
