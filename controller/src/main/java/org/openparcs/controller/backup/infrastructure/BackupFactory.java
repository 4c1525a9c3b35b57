package org.openparcs.controller.backup.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.openparcs.controller.backup.application.PurgeOrderJournal;
import org.openparcs.db.BackupSettings;
import org.openparcs.protection.PlateCipher;

/**
 * The garage's decision journal ({@code parcs.backup.journal-dir}), sealed with the garage's keys
 * (POLICY K1); unset: nothing journaled.
 */
@Factory
class BackupFactory {

  @Singleton
  PurgeOrderJournal purgeOrderJournal(BackupSettings backup, PlateCipher cipher) {
    if (backup.journalDir() == null || backup.journalDir().isBlank()) {
      return order -> {};
    }
    return new FilePurgeOrderJournal(GarageJournal.in(Path.of(backup.journalDir()), cipher));
  }
}
