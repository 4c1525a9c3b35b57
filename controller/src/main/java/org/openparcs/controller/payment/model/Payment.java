package org.openparcs.controller.payment.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.shared.model.Money;

/**
 * A money transaction as recorded; never edited. A void or refund is its own transaction naming the
 * payment it reverses ({@code originalId}).
 *
 * @param sessionId the stay paid for, or null (lost ticket)
 * @param plate the vehicle's plate, when known
 * @param quoted what the tariff asked at that moment (the amount an under-ring is measured
 *     against), or null for reversals
 * @param overrideReason why a cashier took a different amount than quoted, or null
 */
public record Payment(
    UUID id,
    PaymentKind kind,
    PaymentSource source,
    PaymentMethod method,
    Money amount,
    UUID sessionId,
    PlateText plate,
    String terminal,
    String cashier,
    LaneId lane,
    PaymentReference reference,
    UUID originalId,
    boolean lostTicket,
    String overrideReason,
    Money quoted,
    String tariffVersion,
    Instant occurredAt,
    Instant recordedAt) {

  public Payment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("an amount cannot be negative");
    }
    if ((kind == PaymentKind.PAYMENT) != (originalId == null)) {
      throw new IllegalArgumentException("a void or refund names the payment it reverses");
    }
  }

  /** Portal event name: payment_recorded, payment_voided or payment_refunded. */
  public String eventType() {
    return kind == PaymentKind.PAYMENT
        ? "payment_recorded"
        : kind == PaymentKind.VOID ? "payment_voided" : "payment_refunded";
  }
}
