package org.openparcs.controller.reconciliation.infrastructure;

import jakarta.inject.Singleton;
import java.util.function.Function;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.reconciliation.application.PeriodRecords;
import org.openparcs.controller.reconciliation.model.GarageRecords;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/** One read-only transaction (InnoDB repeatable read: one snapshot) for a whole run. */
@Singleton
public class JdbcPeriodRecords implements PeriodRecords {

  private final JdbcTransactions tx;
  private final String garageId;
  private final PlateCipher cipher;
  private final PlateLookup lookup;

  public JdbcPeriodRecords(
      JdbcTransactions tx, GarageLayout garage, PlateCipher cipher, PlateLookup lookup) {
    this.tx = tx;
    this.garageId = garage.id().value();
    this.cipher = cipher;
    this.lookup = lookup;
  }

  @Override
  public <T> T read(Function<GarageRecords, T> work) {
    return tx.readOnly(
        () -> work.apply(new SqlGarageRecords(tx.connection(), garageId, cipher, lookup)));
  }
}
