package org.openparcs.controller.retention.application;

import java.time.Clock;
import org.openparcs.controller.retention.model.OrderCheck;
import org.openparcs.controller.retention.model.OrderRules;

/**
 * The one place where an order is accepted before the garage purges anything: its authenticity (see
 * {@link OrderAuthenticity}), then the order rules (this garage, no cut-off in the future).
 */
public final class AcceptPurgeOrder {

  private final OrderAuthenticity authenticity;
  private final String garageId;
  private final Clock clock;

  public AcceptPurgeOrder(OrderAuthenticity authenticity, String garageId, Clock clock) {
    this.authenticity = authenticity;
    this.garageId = garageId;
    this.clock = clock;
  }

  public OrderCheck check(ReceivedOrder received) {
    OrderCheck authentic = authenticity.verify(received);
    if (!authentic.isAccepted()) {
      return authentic;
    }
    return OrderRules.check(received.order(), garageId, clock.instant());
  }
}
