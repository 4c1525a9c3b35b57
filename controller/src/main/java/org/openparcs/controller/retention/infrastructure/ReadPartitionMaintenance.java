package org.openparcs.controller.retention.infrastructure;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps day partitions of plate_read ready {@code parcs.retention.days-ahead} days ahead, at start
 * and every 6 hours, so the lanes' reads never land in the catch-all {@code p_future} (which would
 * have to be copied when it is split); and counts each day once it has closed, for the purge's
 * proof.
 */
@Singleton
public class ReadPartitionMaintenance {

  private static final Logger LOG = LoggerFactory.getLogger(ReadPartitionMaintenance.class);

  private final ReadPartitions partitions;
  private final RetentionSettings settings;
  private final Clock clock;

  public ReadPartitionMaintenance(
      ReadPartitions partitions, RetentionSettings settings, Clock clock) {
    this.partitions = partitions;
    this.settings = settings;
    this.clock = clock;
  }

  @EventListener
  void atStart(StartupEvent event) {
    run();
  }

  @Scheduled(fixedDelay = "6h", initialDelay = "6h")
  void scheduled() {
    run();
  }

  /** Makes today's partition and the next days'. */
  public void run() {
    LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    try {
      partitions.ensure(today, today.plusDays(settings.daysAhead()));
      partitions.countClosedDays(clock.instant());
    } catch (RuntimeException e) {
      LOG.error("Cannot make the day partitions of plate_read (will retry): {}", e.toString());
    }
  }
}
