package org.openparcs.controller.occupancy.infrastructure;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.openparcs.controller.occupancy.application.FollowOccupancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the entry lanes' full mode in line with occupancy, every {@code follow-millis}; only where
 * a capacity is configured.
 */
@Singleton
@Requires(property = "parcs.occupancy.capacity")
class OccupancySchedule {

  private static final Logger LOG = LoggerFactory.getLogger(OccupancySchedule.class);

  private final FollowOccupancy follow;
  private final OccupancySettings settings;

  OccupancySchedule(FollowOccupancy follow, OccupancySettings settings) {
    this.follow = follow;
    this.settings = settings;
  }

  @Scheduled(
      fixedDelay = "${parcs.occupancy.follow-millis:1000}ms",
      initialDelay = "${parcs.occupancy.follow-millis:1000}ms")
  void follow() {
    if (settings.capacity() == 0) {
      return;
    }
    try {
      follow.follow();
    } catch (RuntimeException e) {
      // The next round tries again; the lanes keep their modes meanwhile.
      LOG.warn("cannot bring the entry lanes' full mode in line with occupancy: {}", e.toString());
    }
  }
}
