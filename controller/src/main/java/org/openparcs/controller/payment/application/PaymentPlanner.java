package org.openparcs.controller.payment.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.payment.model.Payment;
import org.openparcs.controller.payment.model.PaymentKind;
import org.openparcs.controller.payment.model.PaymentOutcome;
import org.openparcs.controller.payment.model.PaymentOutcome.Rejection;
import org.openparcs.controller.payment.model.PaymentReference;
import org.openparcs.controller.payment.model.Reversals;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.shared.model.Money;
import org.openparcs.controller.shared.model.TimeOrderedId;
import org.openparcs.controller.tariff.application.StaysInside;
import org.openparcs.controller.tariff.application.Tariffs;
import org.openparcs.controller.tariff.model.Quote;
import org.openparcs.controller.tariff.model.StayPricing;
import org.openparcs.controller.tariff.model.StayToQuote;

/**
 * Decides, inside the recording transaction, what a new transaction is: a payment for an open stay
 * (with the quote it settles), a lost-ticket payment, or a void or refund of a stored payment.
 * Refuses what contradicts the stored records.
 */
public final class PaymentPlanner {

  private final Payments payments;
  private final PaidSessions sessions;
  private final StaysInside stays;
  private final Tariffs tariffs;
  private final ZoneId zone;

  public PaymentPlanner(
      Payments payments, PaidSessions sessions, StaysInside stays, Tariffs tariffs, ZoneId zone) {
    this.payments = payments;
    this.sessions = sessions;
    this.stays = stays;
    this.tariffs = tariffs;
    this.zone = zone;
  }

  PaymentOutcome payment(PaymentRequest r, Money amount, Instant now) {
    if (r.overrideReason() != null && r.cashier() == null) {
      return rejected(Rejection.UNACCEPTABLE, "an override must name the cashier who made it");
    }
    if (r.sessionId() == null && r.plate() == null) {
      return rejected(Rejection.UNACCEPTABLE, "a payment names its session or the plate");
    }
    Optional<StayToQuote> stay = Optional.empty();
    if (r.sessionId() != null) {
      PaidSessions.State state = sessions.state(r.sessionId());
      if (state != PaidSessions.State.OPEN) {
        return state == PaidSessions.State.UNKNOWN
            ? rejected(Rejection.UNKNOWN, "session " + r.sessionId() + " is not known here")
            : rejected(
                Rejection.CONFLICT,
                "session "
                    + r.sessionId()
                    + " is closed (the vehicle has left); a payment for it is refused");
      }
      stay = stays.openStay(r.sessionId());
    } else if (!r.lostTicket()) {
      stay = stays.openStayOf(PlateText.of(r.plate()));
      if (stay.isEmpty()) {
        return rejected(
            Rejection.UNKNOWN,
            "no vehicle with plate "
                + PlateText.of(r.plate())
                + " is inside; a vehicle with no known entry pays as a lost ticket");
      }
    }
    StayPricing pricing = new StayPricing(tariffs.schedule(), zone, amount.currency());
    return stay.isPresent() && !r.lostTicket()
        ? stayPayment(r, amount, now, stay.get(), pricing)
        : lostTicketPayment(r, amount, now, stay.map(StayToQuote::sessionId).orElse(null), pricing);
  }

  private PaymentOutcome stayPayment(
      PaymentRequest r, Money amount, Instant now, StayToQuote stay, StayPricing pricing) {
    Optional<Quote> quote = pricing.quote(stay, r.occurredAt());
    quote.map(Quote::tariffVersion).ifPresent(v -> sessions.pinTariffVersion(stay.sessionId(), v));
    return recorded(
        r,
        amount,
        now,
        stay.sessionId(),
        stay.plate(),
        null,
        quote.map(Quote::amount).orElse(null),
        quote.map(Quote::tariffVersion).orElse(null));
  }

  /**
   * A lost ticket; {@code sessionId} the session an operator opened for it at the exit, or null.
   */
  private PaymentOutcome lostTicketPayment(
      PaymentRequest r, Money amount, Instant now, UUID sessionId, StayPricing pricing) {
    if (r.plate() == null) {
      return rejected(Rejection.UNACCEPTABLE, "a lost-ticket payment names the vehicle's plate");
    }
    Money fee = pricing.lostTicket(r.occurredAt()).map(c -> c.amount()).orElse(null);
    String version = pricing.inEffectAt(r.occurredAt()).map(v -> v.version()).orElse(null);
    return recorded(r, amount, now, sessionId, PlateText.of(r.plate()), null, fee, version);
  }

  PaymentOutcome reversal(PaymentRequest r, Money amount, Instant now) {
    if (r.originalReference() == null) {
      return rejected(
          Rejection.UNACCEPTABLE,
          "a void or refund names the reference of the payment it reverses");
    }
    Optional<Payment> found = payments.lockByReference(new PaymentReference(r.originalReference()));
    if (found.isEmpty()) {
      return rejected(Rejection.UNKNOWN, "no payment " + r.originalReference() + " to reverse");
    }
    Payment original = found.get();
    if (original.kind() != PaymentKind.PAYMENT) {
      return rejected(Rejection.CONFLICT, "only a payment can be voided or refunded");
    }
    Money left = original.amount().minus(payments.reversedOf(original.id(), amount.currency()));
    Optional<String> problem = Reversals.problem(r.kind(), amount, original.amount(), left);
    if (problem.isPresent()) {
      return rejected(Rejection.CONFLICT, problem.get());
    }
    return recorded(
        r, amount, now, original.sessionId(), original.plate(), original.id(), null, null);
  }

  private static PaymentOutcome recorded(
      PaymentRequest r,
      Money amount,
      Instant now,
      java.util.UUID session,
      PlateText plate,
      java.util.UUID originalId,
      Money quoted,
      String version) {
    return new PaymentOutcome.Recorded(
        new Payment(
            TimeOrderedId.at(now),
            r.kind(),
            r.source(),
            r.method(),
            amount,
            session,
            plate,
            r.terminal(),
            r.cashier(),
            r.lane() == null ? null : new LaneId(r.lane()),
            r.reference(),
            originalId,
            r.lostTicket(),
            r.overrideReason(),
            quoted,
            version,
            r.occurredAt(),
            now));
  }

  private static PaymentOutcome rejected(Rejection reason, String message) {
    return new PaymentOutcome.Rejected(reason, message);
  }
}
