package org.openparcs.controller.shared.application;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of it is stored, or none of it. */
public interface Transactions {

  <T> T inTransaction(Supplier<T> work);

  /** Read-only work that still needs one consistent view. */
  <T> T readOnly(Supplier<T> work);
}
