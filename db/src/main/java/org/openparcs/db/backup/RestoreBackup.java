package org.openparcs.db.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Restores a backup (POLICY R1, K1): decrypts and checks every byte and the manifest into a scratch
 * folder first (a wrong key or a changed file stops here, before anything is touched), records the
 * start in the journal (the service refuses to start until the end is recorded), loads the database
 * into a fresh database of the same name, puts the images back, replays every decision made after
 * the backup, and records the end.
 */
public final class RestoreBackup {

  private static final Pattern IMAGE_NAME = Pattern.compile("images/[A-Za-z0-9._/ -]{1,400}");

  private final MariaDbClient client;
  private final BackupKeys keys;
  private final Clock clock;

  public RestoreBackup(MariaDbClient client, BackupKeys keys, Clock clock) {
    this.client = client;
    this.keys = keys;
    this.clock = clock;
  }

  /** Where to restore: the service's database, images folder (or null) and decision journal. */
  public record Target(
      String service, DatabaseTarget database, Path images, DecisionJournal journal) {}

  /** What a restore did. */
  public record Result(BackupManifest manifest, int replayed, String summary) {}

  public Result restore(Path archive, Target target, JournalReplay replay) {
    List<JournalEntry> journal = target.journal().entries();
    Path scratch = scratch(target);
    try {
      BackupManifest manifest = unpack(archive, scratch);
      if (!manifest.service().equals(target.service())) {
        throw new BackupFailure(
            "this is a backup of the "
                + manifest.service()
                + ", not of the "
                + target.service()
                + ": nothing was restored");
      }
      boolean hasImages =
          manifest.files().keySet().stream().anyMatch(n -> n.startsWith(BackupManifest.IMAGES));
      if (hasImages && target.images() == null) {
        throw new BackupFailure(
            "the backup holds images but no images folder is configured: nothing was restored");
      }
      Map<String, String> start = new LinkedHashMap<>();
      start.put("backup", archive.getFileName().toString());
      start.put("created-at", manifest.createdAt().toString());
      start.put("journal-seq", String.valueOf(manifest.journalSeq()));
      JournalEntry started =
          target.journal().append(DecisionJournal.RESTORE_STARTED, start, clock.instant());
      recreate(target.database());
      client.load(target.database(), scratch.resolve(BackupManifest.DATABASE));
      if (target.images() != null) {
        replaceImages(scratch.resolve("images"), target.images());
      }
      List<JournalEntry> decisions =
          journal.stream()
              .filter(e -> e.seq() > manifest.journalSeq())
              .filter(e -> !e.type().startsWith("RESTORE_"))
              .toList();
      String summary = replay.replay(decisions, target.database(), target::images);
      replay.restored(
          new JournalReplay.Restored(
              archive.getFileName().toString(),
              manifest.createdAt(),
              decisions.size(),
              summary,
              clock.instant()),
          target.database());
      Map<String, String> done = new LinkedHashMap<>();
      done.put("started", String.valueOf(started.seq()));
      done.put("replayed", String.valueOf(decisions.size()));
      done.put("summary", summary);
      target.journal().append(DecisionJournal.RESTORE_COMPLETED, done, clock.instant());
      return new Result(manifest, decisions.size(), summary);
    } finally {
      delete(scratch);
    }
  }

  private BackupManifest unpack(Path archive, Path scratch) {
    Map<String, BackupManifest.FileDigest> found = new TreeMap<>();
    byte[] manifestBytes = null;
    try (InputStream file = Files.newInputStream(archive)) {
      EncryptedStream.Header header = EncryptedStream.header(file);
      try (ZipInputStream zip =
          new ZipInputStream(EncryptedStream.decrypt(file, header, keys.byId(header.keyId())))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          String name = e.getName();
          if (BackupManifest.NAME.equals(name)) {
            manifestBytes = zip.readAllBytes();
            continue;
          }
          if (!name.equals(BackupManifest.DATABASE)
              && !(IMAGE_NAME.matcher(name).matches() && !name.contains(".."))) {
            throw new BackupFailure("unexpected file in the backup: " + name);
          }
          Path to = scratch.resolve(name);
          Files.createDirectories(to.getParent());
          MessageDigest sha = TakeBackup.sha256();
          long size;
          try (OutputStream out = new DigestOutputStream(Files.newOutputStream(to), sha)) {
            size = zip.transferTo(out);
          }
          found.put(
              name, new BackupManifest.FileDigest(HexFormat.of().formatHex(sha.digest()), size));
        }
        zip.transferTo(OutputStream.nullOutputStream());
      }
      if (manifestBytes == null) {
        throw new BackupFailure("the backup has no manifest: nothing was restored");
      }
      BackupManifest manifest = BackupManifest.parse(manifestBytes);
      if (!manifest.files().equals(found)) {
        throw new BackupFailure(
            "the backup's files do not match its manifest (hashes or names): nothing was restored");
      }
      if (!manifest.createdAt().equals(header.createdAt())) {
        throw new BackupFailure("the backup's header and manifest disagree on its time");
      }
      return manifest;
    } catch (IOException e) {
      throw new BackupFailure("cannot read the backup " + archive + ": " + e.getMessage(), e);
    }
  }

  private static void recreate(DatabaseTarget db) {
    try (Connection c = DriverManager.getConnection(db.serverUrl(), db.user(), db.password());
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS `" + db.database() + "`");
      s.execute(
          "CREATE DATABASE `"
              + db.database()
              + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      throw new BackupFailure(
          "cannot recreate database " + db.database() + ": " + e.getMessage(), e);
    }
  }

  private static void replaceImages(Path from, Path to) throws UncheckedIOException {
    try {
      delete(to);
      Files.createDirectories(to);
      if (Files.isDirectory(from)) {
        try (Stream<Path> all = Files.walk(from)) {
          for (Path p : all.filter(Files::isRegularFile).toList()) {
            Path dest = to.resolve(from.relativize(p).toString());
            Files.createDirectories(dest.getParent());
            Files.move(p, dest, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restore the images into " + to, e);
    }
  }

  private static Path scratch(Target target) {
    try {
      return Files.createTempDirectory("parcs-restore-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + folder, e);
    }
  }
}
