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
import org.openparcs.db.backup.LineSealer;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.infrastructure.JdbcAuditTrail;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.protection.infrastructure.EnvironmentKeys;
import org.openparcs.portal.protection.infrastructure.SealedJournal;
import org.openparcs.portal.retention.application.ReplayRetentionDecisions;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateKeys;
import org.openparcs.protection.PlateLookup;

/**
 * {@code ./parcs backup portal --to DIR} and {@code ./parcs restore portal --from FILE}: the
 * portal's database, encrypted (POLICY K1); a restore re-applies the holds and purges journaled
 * after the backup before the portal may start again (R1, R3). The replay seals held plates with
 * the portal's keys, {@code parcs.protection.*} read as the portal reads them ({@code
 * PARCS_PROTECTION_*} in the environment, or its settings file named by {@code
 * MICRONAUT_CONFIG_FILES}).
 */
public final class PortalBackup implements JournalReplay {

  public static void main(String[] args) {
    System.exit(BackupCommand.run("portal", args, new PortalBackup()));
  }

  @Override
  public String replay(List<JournalEntry> entries, DatabaseTarget database, RestoredFiles files) {
    try (HikariDataSource pool = pool(database)) {
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

  /** The journal's lines are sealed with the portal's keys (POLICY K1). */
  @Override
  public LineSealer journalSealer() {
    return SealedJournal.sealer(new PlateCipher(EnvironmentKeys.load()));
  }

  /** The restore in the restored audit trail, before the portal serves again (POLICY R1). */
  @Override
  public void restored(Restored restored, DatabaseTarget database) {
    try (HikariDataSource pool = pool(database)) {
      // The entry names no plate (no terms to seal); the trail still takes the portal's cipher.
      JdbcAuditTrail trail =
          new JdbcAuditTrail(new Jdbc(pool), new PlateCipher(EnvironmentKeys.load()));
      new RecordAuditEntry(trail, new EachStatement())
          .record(
              AuditEntry.of(
                  restored.at(),
                  null,
                  null,
                  AuditAction.BACKUP_RESTORED,
                  "R1 portal " + restored.describe()));
    }
  }

  private static HikariDataSource pool(DatabaseTarget database) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.jdbcUrl());
    config.setUsername(database.user());
    config.setPassword(database.password());
    config.setMaximumPoolSize(2);
    config.setAutoCommit(true);
    return new HikariDataSource(config);
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
