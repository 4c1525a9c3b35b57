package org.openparcs.controller.payment.model;

import java.util.Objects;
import java.util.function.Function;

/** What became of a transaction a terminal or the provider sent. */
public sealed interface PaymentOutcome {

  /** Exhaustive handling of every outcome (Java 17 has no pattern switch). */
  <T> T match(
      Function<Recorded, T> recorded,
      Function<Duplicate, T> duplicate,
      Function<Rejected, T> rejected);

  /** Stored now. */
  record Recorded(Payment payment) implements PaymentOutcome {
    @Override
    public <T> T match(
        Function<Recorded, T> recorded,
        Function<Duplicate, T> duplicate,
        Function<Rejected, T> rejected) {
      return recorded.apply(this);
    }
  }

  /** The same transaction was already stored under its reference: nothing counted twice. */
  record Duplicate(Payment payment) implements PaymentOutcome {
    @Override
    public <T> T match(
        Function<Recorded, T> recorded,
        Function<Duplicate, T> duplicate,
        Function<Rejected, T> rejected) {
      return duplicate.apply(this);
    }
  }

  /** Refused, for {@code reason}; nothing stored. */
  record Rejected(Rejection reason, String message) implements PaymentOutcome {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public <T> T match(
        Function<Recorded, T> recorded,
        Function<Duplicate, T> duplicate,
        Function<Rejected, T> rejected) {
      return rejected.apply(this);
    }
  }

  /** Why a transaction was refused. */
  enum Rejection {
    /** Nonsense values: an absurd amount, a time far from now. */
    UNACCEPTABLE,
    /** The session, plate or original payment does not exist here. */
    UNKNOWN,
    /** It contradicts what is stored: a closed session, a reused reference, a double void. */
    CONFLICT
  }
}
