package org.openparcs.controller.retention.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openparcs.controller.retention.model.PurgeCounts;

/** The portal's purge orders for this garage (README of the portal: "Purge orders"). */
public interface PurgeOrderInbox {

  /** The orders the portal holds unconfirmed for this garage, oldest first. */
  List<ReceivedOrder> pending() throws PortalUnavailable;

  /**
   * Confirms an order with the garage's counts; true when the portal recorded it now, false when it
   * had been confirmed before.
   */
  boolean confirm(UUID orderId, Instant completedAt, PurgeCounts counts) throws PortalUnavailable;

  /** The portal could not be reached or refused the call; orders wait until it answers. */
  final class PortalUnavailable extends Exception {
    public PortalUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
