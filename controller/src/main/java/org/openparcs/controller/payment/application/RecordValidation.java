package org.openparcs.controller.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.payment.model.MerchantValidation;
import org.openparcs.controller.payment.model.PaymentOutcome.Rejection;
import org.openparcs.controller.payment.model.PaymentReference;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.TimeOrderedId;
import org.openparcs.controller.tariff.application.StaysInside;
import org.openparcs.controller.tariff.model.Discount;
import org.openparcs.controller.tariff.model.StayToQuote;

/**
 * A merchant validates a stay in progress (by plate or session); the quote and the reconciliation
 * take it into account. Recorded once per reference.
 */
public final class RecordValidation {

  /** What the merchant's terminal sends. */
  public record Command(
      PaymentReference reference,
      String merchant,
      UUID sessionId,
      String plate,
      Discount discount) {}

  /** The stored validation, whether it was new, or why it was refused. */
  public record Outcome(
      MerchantValidation validation, boolean duplicate, Rejection rejection, String message) {}

  private final StaysInside stays;
  private final Validations validations;
  private final Transactions tx;
  private final Clock clock;

  public RecordValidation(
      StaysInside stays, Validations validations, Transactions tx, Clock clock) {
    this.stays = stays;
    this.validations = validations;
    this.tx = tx;
    this.clock = clock;
  }

  public Outcome record(Command c) {
    Instant now = clock.instant();
    return tx.inTransaction(
        () -> {
          Optional<MerchantValidation> earlier = validations.byReference(c.reference());
          if (earlier.isPresent()) {
            return earlier.get().discount().equals(c.discount())
                ? new Outcome(earlier.get(), true, null, null)
                : refused(
                    Rejection.CONFLICT,
                    "reference " + c.reference() + " is already recorded for another validation");
          }
          Optional<StayToQuote> stay =
              c.sessionId() != null
                  ? stays.openStay(c.sessionId())
                  : c.plate() == null
                      ? Optional.empty()
                      : stays.openStayOf(PlateText.of(c.plate()));
          if (stay.isEmpty()) {
            return refused(
                Rejection.UNKNOWN,
                "no vehicle inside matches the validation; only a stay in progress is validated");
          }
          MerchantValidation v =
              new MerchantValidation(
                  TimeOrderedId.at(now),
                  stay.get().sessionId(),
                  c.merchant(),
                  c.discount(),
                  c.reference(),
                  now);
          validations.save(v);
          return new Outcome(v, false, null, null);
        });
  }

  private static Outcome refused(Rejection why, String message) {
    return new Outcome(null, false, why, message);
  }
}
