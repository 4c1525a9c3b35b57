package org.openparcs.portal.common.infrastructure;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;
import org.openparcs.portal.common.application.UnitOfWork;

/** The portal's unit of work: one JDBC transaction on the service's DataSource. */
@Singleton
final class JdbcUnitOfWork implements UnitOfWork {

  private final TransactionOperations<Connection> transactions;

  JdbcUnitOfWork(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return transactions.executeWrite(status -> work.get());
  }

  @Override
  public <T> T reading(Supplier<T> work) {
    return transactions.executeRead(status -> work.get());
  }
}
