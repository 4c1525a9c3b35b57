package org.openparcs.portal.retention.infrastructure;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.openparcs.portal.retention.application.BeginPurge;
import org.openparcs.portal.retention.application.ExecutePurge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the purge every {@code parcs.portal.retention.interval}, and once at start before the portal
 * serves requests (a restored backup is purged again first). At start it runs after the configured
 * garages are registered and enrolled (order 0 and 100), so the run's purge orders reach every
 * garage at once rather than at the next scheduled run.
 */
@Singleton
@Order(200)
class PurgeSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(PurgeSchedule.class);

  private final BeginPurge begin;
  private final ExecutePurge execute;
  private final RetentionJobSettings settings;

  PurgeSchedule(BeginPurge begin, ExecutePurge execute, RetentionJobSettings settings) {
    this.begin = begin;
    this.execute = execute;
    this.settings = settings;
  }

  @EventListener
  void atStart(StartupEvent event) {
    if (settings.atStart()) {
      run("AT_START");
    }
  }

  @Scheduled(
      fixedDelay = "${parcs.portal.retention.interval:6h}",
      initialDelay = "${parcs.portal.retention.interval:6h}")
  void scheduled() {
    run("SCHEDULED");
  }

  private void run(String trigger) {
    begin
        .begin(trigger, null)
        .ifPresentOrElse(
            id -> {
              var results = execute.execute(id, trigger);
              LOG.info(
                  "Purge run {} ({}): {} record(s) purged",
                  id,
                  trigger,
                  results.stream().mapToLong(r -> r.done()).sum());
            },
            () -> LOG.info("Purge ({}) skipped: another purge is running", trigger));
  }
}
