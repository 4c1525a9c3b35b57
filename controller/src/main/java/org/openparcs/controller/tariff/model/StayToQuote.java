package org.openparcs.controller.tariff.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.plate.model.PlateText;

/**
 * A vehicle inside the garage, as the fee needs it.
 *
 * @param pinnedVersion tariff version already recorded on the session, or null
 * @param permitId the permit the vehicle entered on, or null for a visitor
 * @param permitValidTo end of that permit's validity, or null for a visitor
 * @param discounts merchant validations given to this stay
 * @param paidMinor what was paid for the stay so far (payments less voids and refunds)
 * @param lostTicket the operator recorded this stay as a lost ticket at the exit (no entry found):
 *     it is charged the tariff's lost-ticket fee
 */
public record StayToQuote(
    UUID sessionId,
    PlateText plate,
    Instant enteredAt,
    String pinnedVersion,
    UUID permitId,
    Instant permitValidTo,
    List<Discount> discounts,
    long paidMinor,
    boolean lostTicket) {

  /** A stay with a known entry (not a lost ticket). */
  public StayToQuote(
      UUID sessionId,
      PlateText plate,
      Instant enteredAt,
      String pinnedVersion,
      UUID permitId,
      Instant permitValidTo,
      List<Discount> discounts,
      long paidMinor) {
    this(
        sessionId,
        plate,
        enteredAt,
        pinnedVersion,
        permitId,
        permitValidTo,
        discounts,
        paidMinor,
        false);
  }

  public StayToQuote {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(plate, "plate");
    Objects.requireNonNull(enteredAt, "enteredAt");
    discounts = discounts == null ? List.of() : List.copyOf(discounts);
    if (permitId != null && permitValidTo == null) {
      throw new IllegalArgumentException("a permit stay needs the permit's end of validity");
    }
  }

  public boolean visitor() {
    return permitId == null;
  }
}
