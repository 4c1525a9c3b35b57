package org.openparcs.db.backup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a backup holds, written inside it after the files: the service, when the backup was taken,
 * the journal position at that moment, and the SHA-256 and size of every file.
 *
 * @param service {@code portal} or {@code garage}
 * @param createdAt when the backup was taken
 * @param journalSeq the newest journal entry before the dump began; later ones are replayed
 * @param files SHA-256 (hex) and size of each file by its name in the backup
 */
public record BackupManifest(
    String service, Instant createdAt, long journalSeq, Map<String, FileDigest> files) {

  static final String NAME = "MANIFEST";
  static final String DATABASE = "database.sql";
  static final String IMAGES = "images/";

  public BackupManifest {
    files = new TreeMap<>(files);
  }

  /** The digest of one file. */
  public record FileDigest(String sha256, long size) {}

  byte[] bytes() {
    StringBuilder text = new StringBuilder("format 1\n");
    text.append("service ").append(service).append('\n');
    text.append("created-at ").append(createdAt).append('\n');
    text.append("journal-seq ").append(journalSeq).append('\n');
    files.forEach(
        (name, d) ->
            text.append("file ")
                .append(d.sha256())
                .append(' ')
                .append(d.size())
                .append(' ')
                .append(name)
                .append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  static BackupManifest parse(byte[] bytes) {
    String service = null;
    Instant created = null;
    long seq = -1;
    Map<String, FileDigest> files = new TreeMap<>();
    try {
      for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split(" ", 4);
        switch (f[0]) {
          case "format" -> {
            if (!"1".equals(f[1])) {
              throw new BackupFailure("backup format " + f[1] + " is not known here");
            }
          }
          case "service" -> service = f[1];
          case "created-at" -> created = Instant.parse(f[1]);
          case "journal-seq" -> seq = Long.parseLong(f[1]);
          case "file" -> files.put(f[3], new FileDigest(f[1], Long.parseLong(f[2])));
          default -> throw new BackupFailure("unknown manifest line: " + f[0]);
        }
      }
    } catch (RuntimeException e) {
      if (e instanceof BackupFailure b) {
        throw b;
      }
      throw new BackupFailure("the backup's manifest is unreadable: nothing was restored");
    }
    if (service == null || created == null || seq < 0) {
      throw new BackupFailure("the backup's manifest is incomplete: nothing was restored");
    }
    return new BackupManifest(service, created, seq, files);
  }
}
