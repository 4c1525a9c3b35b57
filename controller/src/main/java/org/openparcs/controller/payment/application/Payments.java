package org.openparcs.controller.payment.application;

import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.payment.model.Payment;
import org.openparcs.controller.payment.model.PaymentReference;
import org.openparcs.controller.shared.model.Money;

/** The garage's money transactions, append-only. */
public interface Payments {

  Optional<Payment> byReference(PaymentReference reference);

  /** The payment under {@code reference}, locked until the transaction ends. */
  Optional<Payment> lockByReference(PaymentReference reference);

  /**
   * Stores a transaction.
   *
   * @throws DuplicateReferenceException when another transaction stored the same reference first
   */
  void save(Payment payment);

  /** What voids and refunds already gave back of payment {@code originalId}. */
  Money reversedOf(UUID originalId, java.util.Currency currency);

  /** A transaction with this reference exists already. */
  class DuplicateReferenceException extends RuntimeException {
    public DuplicateReferenceException(PaymentReference reference, Throwable cause) {
      super("payment reference " + reference + " is already recorded", cause);
    }
  }
}
