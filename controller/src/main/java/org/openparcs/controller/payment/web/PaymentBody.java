package org.openparcs.controller.payment.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.openparcs.controller.payment.application.PaymentRequest;
import org.openparcs.controller.payment.model.PaymentKind;
import org.openparcs.controller.payment.model.PaymentMethod;
import org.openparcs.controller.payment.model.PaymentReference;
import org.openparcs.controller.payment.model.PaymentSource;

/**
 * A transaction as a terminal or the provider posts it. {@code amount} is in minor units of {@code
 * currency} (cents); {@code kind} defaults to PAYMENT.
 */
@Serdeable
public record PaymentBody(
    @NotBlank @Size(max = 100) String reference,
    @Nullable PaymentKind kind,
    @Nullable PaymentSource source,
    @NotNull PaymentMethod method,
    @NotNull Long amount,
    @NotBlank @Size(max = 8) String currency,
    @Nullable UUID sessionId,
    @Nullable @Size(max = 32) String plate,
    @Nullable @Size(max = 64) String terminal,
    @Nullable @Size(max = 64) String cashier,
    @Nullable @Size(max = 64) String lane,
    @Nullable @Size(max = 100) String originalReference,
    @Nullable Boolean lostTicket,
    @Nullable @Size(max = 200) String overrideReason,
    @NotNull Instant occurredAt) {

  PaymentRequest toRequest(PaymentSource forcedSource) {
    return new PaymentRequest(
        new PaymentReference(reference),
        kind == null ? PaymentKind.PAYMENT : kind,
        forcedSource,
        method,
        amount,
        currency,
        sessionId,
        plate,
        terminal,
        cashier,
        lane,
        originalReference,
        Boolean.TRUE.equals(lostTicket),
        overrideReason,
        occurredAt);
  }
}
