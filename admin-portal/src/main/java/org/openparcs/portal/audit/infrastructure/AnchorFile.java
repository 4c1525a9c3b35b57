package org.openparcs.portal.audit.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.openparcs.portal.audit.model.AuditAnchor;
import org.openparcs.portal.common.model.Sha256;

/**
 * The anchor file: one line per anchor, {@code <instant> <record id> <record hash> <records>}.
 * Appended only; with no path configured it holds nothing.
 */
final class AnchorFile {

  private final Path path;

  /**
   * @param path the file, or null for none
   */
  AnchorFile(Path path) {
    this.path = path;
  }

  synchronized void append(AuditAnchor a) {
    if (path == null) {
      return;
    }
    String line =
        a.anchoredAt() + " " + a.recordId() + " " + a.recordHash().hex() + " " + a.records() + "\n";
    try {
      Files.writeString(
          path,
          line,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the audit anchor file " + path, e);
    }
  }

  synchronized List<AuditAnchor> readAll() {
    if (path == null || !Files.exists(path)) {
      return List.of();
    }
    try {
      return Files.readAllLines(path, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank())
          .map(AnchorFile::parse)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the audit anchor file " + path, e);
    }
  }

  private static AuditAnchor parse(String line) {
    String[] f = line.strip().split(" ");
    if (f.length != 4) {
      throw new IllegalStateException("the audit anchor file has a damaged line: " + line);
    }
    return new AuditAnchor(
        Instant.parse(f[0]), Long.parseLong(f[1]), new Sha256(f[2]), Long.parseLong(f[3]));
  }
}
