package org.openparcs.db.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes a service's backups older than the longest plate retention (POLICY R1: a backup holds
 * plate reads, so it may not outlive them). A backup's age is the time in its header (written with
 * the backup and bound to every encrypted segment), not the file's name or date; files that are not
 * backups are left alone.
 */
public final class ExpireBackups {

  /** What one run did: the backups deleted, and the files that looked like backups but were not. */
  public record Outcome(List<Path> deleted, List<Path> unreadable) {}

  private final Clock clock;

  public ExpireBackups(Clock clock) {
    this.clock = clock;
  }

  /** Deletes {@code parcs-<service>-*.pbk} in {@code folder} taken before now minus retention. */
  public Outcome expire(Path folder, String service, PlateRetention retention) {
    Instant limit = clock.instant().minus(retention.period());
    List<Path> deleted = new ArrayList<>();
    List<Path> unreadable = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return new Outcome(deleted, unreadable);
    }
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(folder, "parcs-" + service + "-*.pbk")) {
      for (Path file : files) {
        Instant taken;
        try (InputStream in = Files.newInputStream(file)) {
          taken = EncryptedStream.header(in).createdAt();
        } catch (BackupFailure | IOException e) {
          unreadable.add(file);
          continue;
        }
        if (taken.isBefore(limit)) {
          Files.delete(file);
          deleted.add(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot expire the backups in " + folder, e);
    }
    deleted.sort(null);
    return new Outcome(deleted, unreadable);
  }
}
