package org.openparcs.controller.shared.application;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of it is stored, or none of it. */
public interface Transactions {

  <T> T inTransaction(Supplier<T> work);

  /**
   * Like {@link #inTransaction}, but run again (a few times) when the database gave the transaction
   * up for a conflict with another one (a deadlock, a lock wait timeout). Only for work whose
   * effects outside the database may safely happen twice.
   */
  default <T> T inTransactionRetryingConflicts(Supplier<T> work) {
    return inTransaction(work);
  }

  /** Read-only work that still needs one consistent view. */
  <T> T readOnly(Supplier<T> work);
}
