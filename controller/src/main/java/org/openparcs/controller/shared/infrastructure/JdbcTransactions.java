package org.openparcs.controller.shared.infrastructure;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.openparcs.controller.shared.application.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Transactions on the garage database; repositories use {@link #connection()} inside them. */
@Singleton
public class JdbcTransactions implements Transactions {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcTransactions.class);
  private static final int CONFLICT_ATTEMPTS = 3;

  private final TransactionOperations<Connection> operations;

  public JdbcTransactions(TransactionOperations<Connection> operations) {
    this.operations = operations;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return operations.executeWrite(status -> work.get());
  }

  @Override
  public <T> T inTransactionRetryingConflicts(Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return inTransaction(work);
      } catch (RuntimeException e) {
        if (attempt >= CONFLICT_ATTEMPTS || !isConflict(e)) {
          throw e;
        }
        LOG.info(
            "Transaction given up by the database for a conflict, run again: {}", e.toString());
      }
    }
  }

  /** A deadlock (1213) or a lock wait timeout (1205), or their SQL state 40001, in the causes. */
  static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && ("40001".equals(sql.getSQLState())
              || sql.getErrorCode() == 1213
              || sql.getErrorCode() == 1205)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public <T> T readOnly(Supplier<T> work) {
    return operations.executeRead(status -> work.get());
  }

  /**
   * Runs {@code action} once the current transaction has committed (not at all when it rolls back),
   * or at once outside a transaction: for telling others of what is stored, never before.
   */
  public void afterCommit(Runnable action) {
    operations
        .findTransactionStatus()
        .ifPresentOrElse(
            status ->
                status.registerSynchronization(
                    new TransactionSynchronization() {
                      @Override
                      public void afterCommit() {
                        action.run();
                      }
                    }),
            action);
  }

  /** The connection of the current transaction; never close it. */
  public Connection connection() {
    return operations.getConnection();
  }
}
