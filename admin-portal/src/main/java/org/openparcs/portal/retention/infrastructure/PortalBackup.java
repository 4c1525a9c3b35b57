package org.openparcs.portal.retention.infrastructure;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.openparcs.db.backup.BackupCommand;
import org.openparcs.db.backup.DatabaseTarget;
import org.openparcs.db.backup.JournalEntry;
import org.openparcs.db.backup.JournalReplay;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.protection.infrastructure.EnvironmentKeys;
import org.openparcs.portal.retention.application.ReplayRetentionDecisions;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateKeys;
import org.openparcs.protection.PlateLookup;

/**
 * {@code ./parcs backup portal --to DIR} and {@code ./parcs restore portal --from FILE}: the
 * portal's database, encrypted (POLICY K1); a restore re-applies the holds and purges journaled
 * after the backup before the portal may start again (R1, R3). The replay seals held plates with
 * the portal's keys, from {@code PARCS_PROTECTION_*} in the environment.
 */
public final class PortalBackup implements JournalReplay {

  public static void main(String[] args) {
    System.exit(BackupCommand.run("portal", args, new PortalBackup()));
  }

  @Override
  public String replay(List<JournalEntry> entries, DatabaseTarget database, RestoredFiles files) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.jdbcUrl());
    config.setUsername(database.user());
    config.setPassword(database.password());
    config.setMaximumPoolSize(2);
    config.setAutoCommit(true);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      Jdbc jdbc = new Jdbc(pool);
      PlateKeys keys = EnvironmentKeys.load();
      var holds = new JdbcLegalHolds(jdbc, new PlateCipher(keys), new PlateLookup(keys));
      var replay =
          new ReplayRetentionDecisions(holds, new JdbcExpiredData(jdbc), new EachStatement(), 5000);
      return replay
          .replay(entries.stream().map(JournalEntries::decision).flatMap(Optional::stream).toList())
          .toString();
    }
  }

  /** The restore runs alone on the database: each statement commits on its own. */
  private static final class EachStatement implements UnitOfWork {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
      return work.get();
    }

    @Override
    public <T> T reading(Supplier<T> work) {
      return work.get();
    }
  }
}
