package org.openparcs.controller.shared.infrastructure;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;
import org.openparcs.controller.shared.application.Transactions;

/** Transactions on the garage database; repositories use {@link #connection()} inside them. */
@Singleton
public class JdbcTransactions implements Transactions {

  private final TransactionOperations<Connection> operations;

  public JdbcTransactions(TransactionOperations<Connection> operations) {
    this.operations = operations;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return operations.executeWrite(status -> work.get());
  }

  @Override
  public <T> T readOnly(Supplier<T> work) {
    return operations.executeRead(status -> work.get());
  }

  /** The connection of the current transaction; never close it. */
  public Connection connection() {
    return operations.getConnection();
  }
}
