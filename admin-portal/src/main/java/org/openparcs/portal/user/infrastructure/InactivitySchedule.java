package org.openparcs.portal.user.infrastructure;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.openparcs.portal.user.application.DeactivateInactiveUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deactivates unused accounts once an hour (POLICY A3); log-on checks the same rule each time. */
@Singleton
class InactivitySchedule {

  private static final Logger LOG = LoggerFactory.getLogger(InactivitySchedule.class);

  private final DeactivateInactiveUsers deactivate;

  InactivitySchedule(DeactivateInactiveUsers deactivate) {
    this.deactivate = deactivate;
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "1m")
  void run() {
    int count = deactivate.deactivate();
    if (count > 0) {
      LOG.info("Deactivated {} account(s) unused for too long", count);
    }
  }
}
