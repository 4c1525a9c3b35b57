package org.openparcs.db.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Takes an encrypted backup of one service (POLICY K1): a consistent dump of its database, its
 * image files when it keeps any, and a manifest with the time, the journal position and a SHA-256
 * of every file, zipped and encrypted with the current key into {@code parcs-<service>-<UTC
 * time>.pbk}. The file appears under its name only once complete.
 */
public final class TakeBackup {

  private static final DateTimeFormatter NAME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final MariaDbClient client;
  private final BackupKeys keys;
  private final Clock clock;

  public TakeBackup(MariaDbClient client, BackupKeys keys, Clock clock) {
    this.client = client;
    this.keys = keys;
    this.clock = clock;
  }

  /** What to back up: the service's database, images folder (or null) and decision journal. */
  public record Source(
      String service, DatabaseTarget database, Path images, DecisionJournal journal) {}

  /** Writes the backup into {@code folder} and returns its file. */
  public Path take(Source source, Path folder) {
    Instant createdAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    // Taken before the dump: a decision made during the dump is replayed, and replay is idempotent.
    long journalSeq = source.journal().lastSeq();
    try {
      Files.createDirectories(folder);
      Path target =
          folder.resolve("parcs-" + source.service() + "-" + NAME.format(createdAt) + ".pbk");
      Path partial = folder.resolve(target.getFileName() + ".partial");
      Map<String, BackupManifest.FileDigest> files = new TreeMap<>();
      try (OutputStream file = Files.newOutputStream(partial);
          OutputStream sealed =
              EncryptedStream.encrypt(file, keys.currentId(), keys.current(), createdAt);
          ZipOutputStream zip = new ZipOutputStream(sealed)) {
        zip.putNextEntry(new ZipEntry(BackupManifest.DATABASE));
        Digesting dump = new Digesting(zip);
        client.dump(source.database(), dump);
        files.put(BackupManifest.DATABASE, dump.digest());
        zip.closeEntry();
        for (Path image : images(source.images())) {
          String name =
              BackupManifest.IMAGES
                  + source.images().relativize(image).toString().replace('\\', '/');
          zip.putNextEntry(new ZipEntry(name));
          Digesting out = new Digesting(zip);
          Files.copy(image, out);
          files.put(name, out.digest());
          zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(BackupManifest.NAME));
        zip.write(new BackupManifest(source.service(), createdAt, journalSeq, files).bytes());
        zip.closeEntry();
      } catch (RuntimeException | IOException e) {
        Files.deleteIfExists(partial);
        throw e;
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the backup into " + folder, e);
    }
  }

  private static List<Path> images(Path folder) throws IOException {
    if (folder == null || !Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** Counts and hashes what passes, without closing the zip underneath. */
  private static final class Digesting extends FilterOutputStream {
    private final MessageDigest sha;
    private long size;

    Digesting(OutputStream out) {
      super(out);
      this.sha = sha256();
      this.out = new DigestOutputStream(out, sha);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      size += len;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      size++;
    }

    @Override
    public void close() {}

    BackupManifest.FileDigest digest() {
      return new BackupManifest.FileDigest(HexFormat.of().formatHex(sha.digest()), size);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
