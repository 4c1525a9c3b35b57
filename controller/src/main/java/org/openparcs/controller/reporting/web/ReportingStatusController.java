package org.openparcs.controller.reporting.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Optional;
import org.openparcs.controller.reporting.infrastructure.JdbcOutbox;
import org.openparcs.controller.reporting.infrastructure.OutboxRelay;
import org.openparcs.controller.reporting.infrastructure.PortalSettings;

/** The garage's link to the portal and how many events wait in the outbox. */
@Controller("/api/reporting")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReportingStatusController {

  @Serdeable
  public record ReportingStatus(
      @Nullable String portal,
      boolean linkUp,
      @Nullable String lastError,
      @Nullable Instant lastDelivery,
      long backlog,
      @Nullable String circuit) {}

  private final JdbcOutbox outbox;
  private final Optional<OutboxRelay> relay;
  private final PortalSettings settings;

  public ReportingStatusController(
      JdbcOutbox outbox, Optional<OutboxRelay> relay, PortalSettings settings) {
    this.outbox = outbox;
    this.relay = relay;
    this.settings = settings;
  }

  @Get
  public ReportingStatus status() {
    long backlog = outbox.backlog();
    return relay
        .map(r -> r.status())
        .map(
            s ->
                new ReportingStatus(
                    settings.url(), s.up(), s.lastError(), s.lastDelivery(), backlog, s.circuit()))
        .orElseGet(
            () ->
                new ReportingStatus(
                    null, false, "no portal configured (parcs.portal.url)", null, backlog, null));
  }
}
