package org.openparcs.controller.payment.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.openparcs.controller.payment.model.Payment;

/** A stored transaction; {@code duplicate} when it was already recorded under its reference. */
@Serdeable
public record PaymentView(
    String paymentId,
    String reference,
    String kind,
    String source,
    String method,
    long amount,
    String currency,
    @Nullable String sessionId,
    @Nullable String plate,
    @Nullable Long quoted,
    @Nullable String tariffVersion,
    boolean lostTicket,
    Instant occurredAt,
    boolean duplicate) {

  static PaymentView of(Payment p, boolean duplicate) {
    return new PaymentView(
        p.id().toString(),
        p.reference().value(),
        p.kind().name(),
        p.source().name(),
        p.method().name(),
        p.amount().minor(),
        p.amount().currency().getCurrencyCode(),
        p.sessionId() == null ? null : p.sessionId().toString(),
        p.plate() == null ? null : p.plate().value(),
        p.quoted() == null ? null : p.quoted().minor(),
        p.tariffVersion(),
        p.lostTicket(),
        p.occurredAt(),
        duplicate);
  }
}
