package org.openparcs.portal.fakes;

import java.util.function.Supplier;
import org.openparcs.portal.common.application.UnitOfWork;

/** Runs work directly and counts how often: the in-memory fakes need no transaction. */
public final class DirectUnitOfWork implements UnitOfWork {

  private int transactions;

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    transactions++;
    return work.get();
  }

  @Override
  public <T> T reading(Supplier<T> work) {
    return work.get();
  }

  public int transactions() {
    return transactions;
  }
}
