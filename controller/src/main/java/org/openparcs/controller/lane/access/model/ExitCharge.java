package org.openparcs.controller.lane.access.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.openparcs.controller.shared.model.Money;

/**
 * What a stay owes at the exit: the fee due now by its tariff, less what was paid, and whether the
 * last payment settled the stay as it stood then. A driver who paid in full may leave within the
 * exit grace period after paying even though the fee has moved on since.
 *
 * @param dueNow fee now less payments; zero when nothing is owed
 * @param lastPaidAt when the stay was last paid for, or null when never
 * @param settledWhenPaid whether nothing was owed right after that payment
 * @param grace how long after a payment in full the driver may still leave
 */
public record ExitCharge(
    Money dueNow, Instant lastPaidAt, boolean settledWhenPaid, Duration grace) {

  public ExitCharge {
    Objects.requireNonNull(dueNow, "dueNow");
    Objects.requireNonNull(grace, "grace");
  }

  /** Whether the vehicle may leave at {@code at} without paying more. */
  public boolean mayLeave(Instant at) {
    if (!dueNow.isPositive()) {
      return true;
    }
    return settledWhenPaid && lastPaidAt != null && !at.isAfter(lastPaidAt.plus(grace));
  }
}
