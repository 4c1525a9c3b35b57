package org.openparcs.controller.identity.infrastructure;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import java.util.Locale;
import org.openparcs.controller.identity.infrastructure.PortalOrderVerifier.RefusalReason;

/**
 * Orders from the portal this garage refused, by reason ({@code
 * parcs_retention_orders_refused_total{reason="portal_keys_missing"|"bad_signature"|...}}).
 */
@Context
@Requires(beans = MeterRegistry.class)
public class OrderRefusalMetrics {

  public OrderRefusalMetrics(MeterRegistry registry, PortalOrderVerifier verifier) {
    for (RefusalReason reason : RefusalReason.values()) {
      FunctionCounter.builder("parcs.retention.orders.refused", verifier, v -> v.refusals(reason))
          .description("orders from the portal refused before anything was purged")
          .tag("reason", reason.name().toLowerCase(Locale.ROOT))
          .register(registry);
    }
  }
}
