package org.openparcs.controller.backup.infrastructure;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.openparcs.controller.backup.model.PurgeOrderCarriedOut;
import org.openparcs.controller.camera.application.FrameStore;
import org.openparcs.controller.camera.infrastructure.FrameStores;
import org.openparcs.controller.protection.infrastructure.ClearPlates;
import org.openparcs.controller.retention.infrastructure.PurgeAgain;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.controller.shared.model.TimeOrderedId;
import org.openparcs.db.backup.BackupCommand;
import org.openparcs.db.backup.BackupFailure;
import org.openparcs.db.backup.DatabaseTarget;
import org.openparcs.db.backup.DecisionJournal;
import org.openparcs.db.backup.JournalEntry;
import org.openparcs.db.backup.JournalReplay;
import org.openparcs.db.backup.LineSealer;
import org.openparcs.db.backup.ServiceSettings;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateKeys;
import org.openparcs.protection.PlateLookup;

/**
 * {@code ./parcs backup garage --to DIR} and {@code ./parcs restore garage --from FILE}: the
 * garage's database and plate images ({@code parcs.backup.images-dir}), encrypted (POLICY K1). A
 * restore carries out again, in order, every purge order the garage carried out after the backup:
 * the same stores purged with the order's cut-offs, keeping what was held then (R1, R3), and the
 * same image files deleted. The journal's lines are sealed (POLICY K1): the restore reads them with
 * the controller's keys.
 */
public final class GarageBackup implements JournalReplay {

  private final PlateLookup lookup;
  private final LineSealer journalSealer;

  /** A restore with the controller's keys from the environment (see below). */
  public GarageBackup() {
    this(keysFromEnvironment());
  }

  /**
   * A restore that opens the journal and finds held plates with the garage's {@code keys} (null:
   * none configured, so the journal is read in clear and no plate can be held).
   */
  public GarageBackup(PlateKeys keys) {
    this.lookup = keys == null ? null : new PlateLookup(keys);
    this.journalSealer = keys == null ? null : GarageJournal.sealer(new PlateCipher(keys));
  }

  @Override
  public LineSealer journalSealer() {
    return journalSealer;
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
   * Reports the restore to the portal through the outbox (the signed event reporting), as event
   * {@code backup_restored}; the portal records it in its audit trail (POLICY R1). The outbox's
   * numbering moves past anything the garage may have reported since the backup was taken (to the
   * restore's time in epoch milliseconds, unless already beyond): the portal refuses a number it
   * already holds for another event.
   */
  @Override
  public void restored(Restored restored, DatabaseTarget database) {
    String payload =
        "{\"backup\":"
            + json(restored.backup())
            + ",\"takenAt\":"
            + json(restored.takenAt().toString())
            + ",\"reapplied\":"
            + restored.reapplied()
            + ",\"summary\":"
            + json(restored.summary())
            + ",\"restoredAt\":"
            + json(restored.at().toString())
            + "}";
    try (Connection c =
            DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
        Statement s = c.createStatement()) {
      long next;
      try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM outbox")) {
        rs.next();
        next = Math.max(rs.getLong(1), restored.at().toEpochMilli());
      }
      s.execute("ALTER TABLE outbox AUTO_INCREMENT = " + next);
      // The payload names no plate and the restore holds no data key, so it goes in the clear
      // column: the relay sends it as it is, and the controller's start-up converter seals it
      // (told the column holds a clear value again; a database before V110 has no record of it).
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO outbox (event_id, event_type, occurred_at, payload) VALUES (?,?,?,?)")) {
        Sql.setUuid(insert, 1, TimeOrderedId.at(restored.at()));
        insert.setString(2, BACKUP_RESTORED);
        Sql.setInstant(insert, 3, restored.at());
        insert.setString(4, payload);
        insert.executeUpdate();
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                  + " AND table_name = 'clear_plates_converted'")) {
        rs.next();
        if (rs.getLong(1) > 0) {
          ClearPlates.unconverted(c, "outbox", "payload");
        }
      }
    } catch (SQLException e) {
      throw new BackupFailure("cannot report the restore to the portal: " + e.getMessage(), e);
    }
  }

  /** The outbox event type of a restore, as the portal knows it. */
  public static final String BACKUP_RESTORED = "backup_restored";

  private static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (ch < 0x20) {
            out.append(String.format("\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * The controller's keys, when the restore runs with the controller's settings ({@code
   * parcs.protection.*}: its settings file named by {@code MICRONAUT_CONFIG_FILES}, or {@code
   * PARCS_PROTECTION_*} in the environment): they open the journal and find the reads of held
   * plates (POLICY K1, R3). Null when not set; a sealed journal or a replayed order that held
   * plates then stops with a message naming the keys.
   */
  static PlateKeys keysFromEnvironment() {
    Map<String, String> keys =
        ServiceSettings.read(
            "parcs.protection",
            "data-keys",
            "current-data-key",
            "lookup-keys",
            "current-lookup-key");
    if (!keys.containsKey("data-keys")) {
      return null;
    }
    return PlateKeys.fromConfiguration(
        "parcs.protection",
        keys.get("data-keys"),
        keys.get("current-data-key"),
        keys.get("lookup-keys"),
        keys.get("current-lookup-key"));
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
