package org.openparcs.controller.payment.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.tariff.model.Discount;

/** A merchant's validation of a stay: the discount it gives, once per reference. */
public record MerchantValidation(
    UUID id,
    UUID sessionId,
    String merchant,
    Discount discount,
    PaymentReference reference,
    Instant validatedAt) {

  public MerchantValidation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(discount, "discount");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(validatedAt, "validatedAt");
    if (merchant == null || !merchant.matches("[A-Za-z0-9 ._-]{1,64}")) {
      throw new IllegalArgumentException("a validation names its merchant (1-64 letters, digits)");
    }
  }
}
