package org.openparcs.controller.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.payment.model.Payment;
import org.openparcs.controller.payment.model.PaymentKind;
import org.openparcs.controller.payment.model.PaymentLimits;
import org.openparcs.controller.payment.model.PaymentOutcome;
import org.openparcs.controller.payment.model.PaymentOutcome.Rejection;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.Money;

/**
 * Records a transaction from an exit terminal, a pay-on-foot machine or the online provider, once
 * per reference, and reports it to the portal. Implausible or contradictory transactions are
 * refused with the reason and nothing is stored.
 */
public final class RecordPayment {

  private final GarageLayout garage;
  private final Payments payments;
  private final PaymentPlanner planner;
  private final PaymentLimits limits;
  private final Outbox outbox;
  private final Transactions tx;
  private final Clock clock;

  public RecordPayment(
      GarageLayout garage,
      Payments payments,
      PaymentPlanner planner,
      PaymentLimits limits,
      Outbox outbox,
      Transactions tx,
      Clock clock) {
    this.garage = garage;
    this.payments = payments;
    this.planner = planner;
    this.limits = limits;
    this.outbox = outbox;
    this.tx = tx;
    this.clock = clock;
  }

  public PaymentOutcome record(PaymentRequest request) {
    Money amount = Money.of(request.amountMinor(), Money.currency(request.currency()));
    Instant now = clock.instant();
    Optional<String> problem = limits.problemWith(amount, request.occurredAt(), now);
    if (problem.isPresent()) {
      return new PaymentOutcome.Rejected(Rejection.UNACCEPTABLE, problem.get());
    }
    if (request.lane() != null && garage.lane(new LaneId(request.lane())).isEmpty()) {
      return new PaymentOutcome.Rejected(
          Rejection.UNKNOWN, "lane '" + request.lane() + "' is not a lane of this garage");
    }
    try {
      return tx.inTransaction(() -> attempt(request, amount, now));
    } catch (Payments.DuplicateReferenceException e) {
      return tx.readOnly(() -> alreadyRecorded(request, amount).orElseThrow(() -> e));
    }
  }

  private PaymentOutcome attempt(PaymentRequest request, Money amount, Instant now) {
    Optional<PaymentOutcome> earlier = alreadyRecorded(request, amount);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    PaymentOutcome outcome =
        request.kind() == PaymentKind.PAYMENT
            ? planner.payment(request, amount, now)
            : planner.reversal(request, amount, now);
    if (outcome instanceof PaymentOutcome.Recorded recorded) {
      payments.save(recorded.payment());
      outbox.append(new GarageEvent.PaymentRecorded(recorded.payment()), now);
    }
    return outcome;
  }

  private Optional<PaymentOutcome> alreadyRecorded(PaymentRequest request, Money amount) {
    return payments
        .byReference(request.reference())
        .map(
            p ->
                sameTransaction(p, request, amount)
                    ? new PaymentOutcome.Duplicate(p)
                    : new PaymentOutcome.Rejected(
                        Rejection.CONFLICT,
                        "reference "
                            + request.reference()
                            + " is already recorded for a different transaction"));
  }

  private static boolean sameTransaction(Payment p, PaymentRequest r, Money amount) {
    return p.kind() == r.kind()
        && p.amount().equals(amount)
        && p.method() == r.method()
        && p.source() == r.source()
        && p.lostTicket() == r.lostTicket()
        && (r.sessionId() == null || r.sessionId().equals(p.sessionId()))
        && Objects.equals(r.terminal(), p.terminal());
  }
}
