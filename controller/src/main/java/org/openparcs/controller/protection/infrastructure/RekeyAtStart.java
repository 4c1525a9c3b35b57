package org.openparcs.controller.protection.infrastructure;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openparcs.controller.backup.infrastructure.GarageJournal;
import org.openparcs.db.BackupSettings;
import org.openparcs.db.DatabaseFactory.PooledDatabase;
import org.openparcs.db.backup.DecisionJournal;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateKeys;
import org.openparcs.protection.RekeyCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the garage's re-key (POLICY K1) in the background at start-up, and on demand ({@code POST
 * /api/protection/rekey}); one run at a time. Logs the counts, never a plate. With a decision
 * journal configured it also seals the journal's lines left in clear by an older version and moves
 * lines under an old data key to the current one (the file is rewritten with its chain).
 */
@Singleton
@Requires(property = "parcs.protection.rekey-at-start", notEquals = "false")
public class RekeyAtStart {

  private static final Logger LOG = LoggerFactory.getLogger(RekeyAtStart.class);

  private final GarageRekey rekey;
  private final DecisionJournal journal;
  private final AtomicBoolean running = new AtomicBoolean();

  public RekeyAtStart(
      PooledDatabase db,
      PlateKeys keys,
      PlateCipher cipher,
      ProtectionSettings settings,
      BackupSettings backup) {
    this.rekey = new GarageRekey(db.raw(), keys, settings.rekeyBatch());
    this.journal =
        backup.journalDir() == null || backup.journalDir().isBlank()
            ? null
            : GarageJournal.in(Path.of(backup.journalDir()), cipher);
  }

  @EventListener
  void atStart(StartupEvent event) {
    Thread thread = new Thread(this::runLogged, "plate-rekey");
    thread.setDaemon(true);
    thread.start();
  }

  private void runLogged() {
    try {
      run();
    } catch (RuntimeException e) {
      LOG.error("K1 re-key failed (old keys must stay configured): {}", e.toString());
    }
  }

  /** Runs the re-key now; empty when a run is already going. */
  public Map<String, RekeyCounts> run() {
    if (!running.compareAndSet(false, true)) {
      return Map.of();
    }
    try {
      Map<String, RekeyCounts> counts = new LinkedHashMap<>(rekey.run());
      if (journal != null) {
        int resealed = journal.reseal();
        counts.put(
            "decision_journal",
            new RekeyCounts(
                journal.file().getFileName().toString(), journal.lastSeq(), resealed, 0));
      }
      LOG.info("K1 re-key done: {}", counts.values());
      return counts;
    } finally {
      running.set(false);
    }
  }
}
