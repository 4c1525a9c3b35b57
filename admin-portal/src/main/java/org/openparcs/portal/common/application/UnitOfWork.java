package org.openparcs.portal.common.application;

import java.util.function.Supplier;

/** Runs a piece of work atomically: all of its writes are kept, or none of them. */
public interface UnitOfWork {

  /**
   * Runs {@code work} in one transaction and returns its result; if it throws, nothing it wrote is
   * kept and the exception propagates.
   */
  <T> T inTransaction(Supplier<T> work);

  /** Runs {@code work} in one read-only transaction (a consistent snapshot). */
  <T> T reading(Supplier<T> work);
}
