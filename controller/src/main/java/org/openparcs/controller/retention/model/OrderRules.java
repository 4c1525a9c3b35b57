package org.openparcs.controller.retention.model;

import java.time.Duration;
import java.time.Instant;

/**
 * The checks every order passes before the garage purges anything: it is addressed to this garage,
 * and no cut-off lies in the future (a clock or a bug must never purge today's lanes). A failed
 * check is a result: the order waits, unconfirmed, for an operator.
 */
public final class OrderRules {

  /** Orders issued this far ahead of the garage's clock are still taken (clock skew). */
  static final Duration SKEW = Duration.ofMinutes(10);

  private OrderRules() {}

  public static OrderCheck check(PurgeOrder order, String garageId, Instant now) {
    if (!order.garageId().equals(garageId)) {
      return OrderCheck.refused(
          "order " + order.id() + " is addressed to garage " + order.garageId());
    }
    for (ClassCutoff c : order.cutoffs()) {
      if (c.purgeBefore().isAfter(now.plus(SKEW))) {
        return OrderCheck.refused(
            "order "
                + order.id()
                + " cuts "
                + c.dataClass()
                + " in the future ("
                + c.purgeBefore()
                + ")");
      }
    }
    return OrderCheck.accepted();
  }
}
