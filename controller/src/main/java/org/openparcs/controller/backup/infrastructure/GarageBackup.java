package org.openparcs.controller.backup.infrastructure;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openparcs.controller.backup.model.PurgeOrderCarriedOut;
import org.openparcs.controller.camera.application.FrameStore;
import org.openparcs.controller.camera.infrastructure.FrameStores;
import org.openparcs.controller.retention.infrastructure.PurgeAgain;
import org.openparcs.db.backup.BackupCommand;
import org.openparcs.db.backup.BackupFailure;
import org.openparcs.db.backup.DatabaseTarget;
import org.openparcs.db.backup.DecisionJournal;
import org.openparcs.db.backup.JournalEntry;
import org.openparcs.db.backup.JournalReplay;
import org.openparcs.protection.PlateKeys;
import org.openparcs.protection.PlateLookup;

/**
 * {@code ./parcs backup garage --to DIR} and {@code ./parcs restore garage --from FILE}: the
 * garage's database and plate images ({@code parcs.backup.images-dir}), encrypted (POLICY K1). A
 * restore carries out again, in order, every purge order the garage carried out after the backup:
 * the same stores purged with the order's cut-offs, keeping what was held then (R1, R3), and the
 * same image files deleted.
 */
public final class GarageBackup implements JournalReplay {

  private final PlateLookup lookup;

  /** A restore with the controller's lookup keys from the environment (see below). */
  public GarageBackup() {
    this(lookupFromEnvironment());
  }

  /** A restore that finds held plates with {@code lookup} (null: none can be held). */
  public GarageBackup(PlateLookup lookup) {
    this.lookup = lookup;
  }

  public static void main(String[] args) {
    System.exit(BackupCommand.run("garage", args, new GarageBackup()));
  }

  @Override
  public String replay(List<JournalEntry> entries, DatabaseTarget database, RestoredFiles files) {
    List<PurgeOrderCarriedOut> orders =
        entries.stream()
            .filter(e -> DecisionJournal.PURGE_ORDER_CARRIED_OUT.equals(e.type()))
            .map(JournalLines::order)
            .toList();
    if (orders.isEmpty()) {
      return "0 purge order(s) re-applied";
    }
    long records = 0;
    int images = 0;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.jdbcUrl());
    config.setUsername(database.user());
    config.setPassword(database.password());
    config.setMaximumPoolSize(2);
    config.setAutoCommit(true);
    FrameStore frames =
        files.images() == null ? FrameStores.none() : FrameStores.onDisk(files.images());
    try (HikariDataSource pool = new HikariDataSource(config)) {
      for (PurgeOrderCarriedOut order : orders) {
        records += PurgeAgain.rows(pool, order, frames, lookup);
        images += deleteImages(files.images(), order.deletedImages());
      }
    }
    return orders.size()
        + " purge order(s) re-applied: "
        + records
        + " record(s) purged, "
        + images
        + " image file(s) deleted again";
  }

  /**
   * The controller's lookup keys, when the restore runs with the controller's environment ({@code
   * PARCS_PROTECTION_*}): they find the reads of held plates (POLICY K1, R3). Null when not set; a
   * replayed order that held plates then stops with a message naming the settings.
   */
  static PlateLookup lookupFromEnvironment() {
    String data = System.getenv("PARCS_PROTECTION_DATA_KEYS");
    if (data == null) {
      return null;
    }
    return new PlateLookup(
        PlateKeys.fromConfiguration(
            "PARCS_PROTECTION",
            data,
            System.getenv("PARCS_PROTECTION_CURRENT_DATA_KEY"),
            System.getenv("PARCS_PROTECTION_LOOKUP_KEYS"),
            System.getenv("PARCS_PROTECTION_CURRENT_LOOKUP_KEY")));
  }

  private static int deleteImages(Path folder, List<String> images) {
    if (images.isEmpty()) {
      return 0;
    }
    if (folder == null) {
      throw new BackupFailure(
          "the journal names purged images but no images folder is configured"
              + " (parcs.backup.images-dir)");
    }
    int deleted = 0;
    Path root = folder.toAbsolutePath().normalize();
    for (String image : images) {
      Path file = root.resolve(image).normalize();
      if (!file.startsWith(root)) {
        throw new BackupFailure("journaled image outside the images folder: " + image);
      }
      try {
        deleted += Files.deleteIfExists(file) ? 1 : 0;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete the purged image " + file, e);
      }
    }
    return deleted;
  }
}
