package org.openparcs.controller.payment.application;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.payment.model.PaymentKind;
import org.openparcs.controller.payment.model.PaymentMethod;
import org.openparcs.controller.payment.model.PaymentReference;
import org.openparcs.controller.payment.model.PaymentSource;

/**
 * A transaction as a terminal or the provider sends it.
 *
 * @param amountMinor minor units of {@code currency}
 * @param sessionId the stay paid for; or give {@code plate} and the open stay is found
 * @param lane the exit lane of an exit terminal, or null
 * @param originalReference for a void or refund: the reference of the payment it reverses
 * @param lostTicket the vehicle has no known entry and pays the lost-ticket fee
 * @param overrideReason why a cashier took another amount than quoted
 */
public record PaymentRequest(
    PaymentReference reference,
    PaymentKind kind,
    PaymentSource source,
    PaymentMethod method,
    long amountMinor,
    String currency,
    UUID sessionId,
    String plate,
    String terminal,
    String cashier,
    String lane,
    String originalReference,
    boolean lostTicket,
    String overrideReason,
    Instant occurredAt) {

  public PaymentRequest {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
