package org.openparcs.portal.audit.infrastructure;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.openparcs.portal.audit.application.AnchorAuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anchors the audit chain every {@code parcs.portal.audit.anchor-interval}. */
@Singleton
class AnchoringSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(AnchoringSchedule.class);

  private final AnchorAuditTrail anchor;

  AnchoringSchedule(AnchorAuditTrail anchor) {
    this.anchor = anchor;
  }

  @Scheduled(
      fixedDelay = "${parcs.portal.audit.anchor-interval:1h}",
      initialDelay = "${parcs.portal.audit.anchor-interval:1h}")
  void anchorNow() {
    anchor
        .anchor()
        .ifPresent(
            a -> LOG.info("Audit chain anchored at record {} ({})", a.recordId(), a.recordHash()));
  }
}
