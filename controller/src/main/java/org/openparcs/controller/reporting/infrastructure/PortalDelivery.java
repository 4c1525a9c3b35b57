package org.openparcs.controller.reporting.infrastructure;

import java.util.List;
import org.openparcs.controller.reporting.infrastructure.JdbcOutbox.Pending;

/** Delivers one batch of outbox events to the portal, or says why it could not. */
interface PortalDelivery {

  /**
   * @param backlog events still waiting in the outbox besides this batch (reported to the portal)
   */
  void deliver(List<Pending> events, long backlog) throws DeliveryFailed;

  /** Why a delivery did not succeed. */
  final class DeliveryFailed extends Exception {
    private final boolean retryable;

    DeliveryFailed(String message, boolean retryable, Throwable cause) {
      super(message, cause);
      this.retryable = retryable;
    }

    /**
     * Whether trying again soon may help (the portal unreachable, busy or failing); false when it
     * refused the batch itself (4xx), which only an operator can resolve.
     */
    boolean retryable() {
      return retryable;
    }
  }
}
