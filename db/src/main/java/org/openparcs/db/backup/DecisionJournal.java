package org.openparcs.db.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The decisions a restore must not undo (POLICY R1, R3), in a file outside the database that lives
 * with the backups: one line per decision, append-only, each line carrying the SHA-256 of the one
 * before, so a changed, removed or reordered line is found. A restore replays every decision newer
 * than the backup before the service serves data; a restore that started and did not complete keeps
 * the service from starting.
 *
 * <p>Line: {@code seq TAB at TAB type TAB fields TAB prev TAB hash}. The fields are {@code
 * k=v&k=v}, values URL-encoded; with a {@link LineSealer} (POLICY K1) they are stored sealed, as
 * {@code ~} and the sealed bytes in URL-safe base64, so a held plate, a case number or a reason is
 * not in clear on disk. The hash chain covers the stored text, so it is checked without keys and
 * gives no hash of a clear plate to guess against. Restore entries stay clear: they name no plate,
 * and the start-up check reads them before any key is loaded. Appends and re-seals hold an
 * exclusive lock on a lock file beside the journal, so two service instances on one folder write in
 * turn.
 */
public final class DecisionJournal {

  /** A legal hold placed (POLICY R3): id, kind, target, case, reason, by. */
  public static final String HOLD_PLACED = "HOLD_PLACED";

  /** A legal hold released: id, by, reason. */
  public static final String HOLD_RELEASED = "HOLD_RELEASED";

  /** A purge run with the cut-off of each data class (POLICY R1): run, and one field per class. */
  public static final String PURGE_RAN = "PURGE_RAN";

  /** At a garage: a purge order from the portal carried out (order, cut-offs, holds). */
  public static final String PURGE_ORDER_CARRIED_OUT = "PURGE_ORDER_CARRIED_OUT";

  public static final String RESTORE_STARTED = "RESTORE_STARTED";
  public static final String RESTORE_COMPLETED = "RESTORE_COMPLETED";

  private static final String GENESIS = "0".repeat(64);
  private static final String SEALED = "~";
  private static final Set<String> CLEAR_TYPES = Set.of(RESTORE_STARTED, RESTORE_COMPLETED);
  private static final Pattern TYPE = Pattern.compile("[A-Z_]{1,40}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final Path file;
  private final Path lockFile;
  private final LineSealer sealer;

  private DecisionJournal(Path file, LineSealer sealer) {
    this.file = file;
    this.lockFile = file.resolveSibling(file.getFileName() + ".lock");
    this.sealer = sealer;
  }

  /**
   * The journal of {@code service} ({@code portal} or {@code garage}) in {@code folder}, written in
   * clear; it reads sealed lines only for their position and restores, not their fields.
   */
  public static DecisionJournal in(Path folder, String service) {
    return new DecisionJournal(folder.resolve(service + "-decisions.journal"), null);
  }

  /** The journal of {@code service} in {@code folder}, its lines sealed by {@code sealer} (K1). */
  public static DecisionJournal in(Path folder, String service, LineSealer sealer) {
    java.util.Objects.requireNonNull(sealer, "sealer");
    return new DecisionJournal(folder.resolve(service + "-decisions.journal"), sealer);
  }

  public Path file() {
    return file;
  }

  /** Appends a decision and forces it to disk before returning. */
  public JournalEntry append(String type, Map<String, String> data, Instant at) {
    if (!TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException("journal type " + type);
    }
    data.keySet()
        .forEach(
            k -> {
              if (!NAME.matcher(k).matches()) {
                throw new IllegalArgumentException("journal field " + k);
              }
            });
    return locked(
        () -> {
          List<StoredLine> all = rawLines();
          StoredLine last = all.isEmpty() ? null : all.get(all.size() - 1);
          long seq = last == null ? 1 : last.seq() + 1;
          String prev = last == null ? GENESIS : last.hash();
          StoredLine raw =
              StoredLine.chained(seq, at, type, stored(type, StoredLine.encode(data)), prev);
          try (FileChannel channel =
              FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.position(channel.size());
            channel.write(ByteBuffer.wrap(raw.line().getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
          }
          return new JournalEntry(seq, at, type, data, prev, raw.hash());
        });
  }

  /**
   * Every entry, oldest first, with the chain checked and the fields opened; a clear failure when
   * the chain is broken or a sealed line cannot be opened (no keys, or not the service's keys).
   */
  public List<JournalEntry> entries() {
    return readRaw().stream().map(this::opened).toList();
  }

  /** The number of the newest entry; 0 when there is none. Needs no keys. */
  public long lastSeq() {
    List<StoredLine> all = readRaw();
    return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
  }

  /** The newest restore that started and has not completed, if any. Needs no keys. */
  public Optional<JournalEntry> unfinishedRestore() {
    JournalEntry open = null;
    for (StoredLine raw : readRaw()) {
      if (RESTORE_STARTED.equals(raw.type())) {
        open = opened(raw);
      } else if (RESTORE_COMPLETED.equals(raw.type())
          && open != null
          && String.valueOf(open.seq()).equals(opened(raw).data().get("started"))) {
        open = null;
      }
    }
    return Optional.ofNullable(open);
  }

  /**
   * Seals the lines still in clear (a journal written before K1 reached it) and re-seals those
   * under an old data key (key rotation), then rewrites the chain over the new text; the file is
   * replaced atomically. Returns how many lines changed (0: nothing written). Idempotent.
   */
  public int reseal() {
    if (sealer == null) {
      throw new IllegalStateException("this journal has no sealer to seal " + file + " with");
    }
    return locked(
        () -> {
          List<StoredLine> all = rawLines();
          List<String> lines = new ArrayList<>();
          String prev = GENESIS;
          int changed = 0;
          for (StoredLine raw : all) {
            String fields = raw.fields();
            if (!CLEAR_TYPES.contains(raw.type()) && !isCurrent(fields)) {
              fields = stored(raw.type(), openFields(raw));
              changed++;
            }
            StoredLine now = StoredLine.chained(raw.seq(), raw.at(), raw.type(), fields, prev);
            lines.add(now.line());
            prev = now.hash();
          }
          if (changed > 0) {
            Path tmp = file.resolveSibling(file.getFileName() + ".reseal");
            try (FileChannel channel =
                FileChannel.open(
                    tmp,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
              channel.write(
                  ByteBuffer.wrap(String.join("", lines).getBytes(StandardCharsets.UTF_8)));
              channel.force(true);
            }
            Files.move(
                tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          }
          return changed;
        });
  }

  private boolean isCurrent(String fields) {
    return fields.startsWith(SEALED) && sealer.current(unbase64(fields));
  }

  private String stored(String type, String fields) {
    if (sealer == null || CLEAR_TYPES.contains(type)) {
      return fields;
    }
    return SEALED + B64.encodeToString(sealer.seal(fields));
  }

  private JournalEntry opened(StoredLine raw) {
    return new JournalEntry(
        raw.seq(),
        raw.at(),
        raw.type(),
        StoredLine.decode(openFields(raw)),
        raw.prev(),
        raw.hash());
  }

  private String openFields(StoredLine raw) {
    if (!raw.fields().startsWith(SEALED)) {
      return raw.fields();
    }
    if (sealer == null) {
      throw new BackupFailure(
          "the decision journal "
              + file
              + " is sealed (POLICY K1) at entry "
              + raw.seq()
              + ": give the service's protection keys to read it");
    }
    try {
      return sealer.open(unbase64(raw.fields()));
    } catch (RuntimeException e) {
      throw new BackupFailure(
          "the decision journal "
              + file
              + " has entry "
              + raw.seq()
              + " sealed with keys this service does not have or tampered with (POLICY K1): "
              + e.getMessage());
    }
  }

  private static byte[] unbase64(String fields) {
    return Base64.getUrlDecoder().decode(fields.substring(SEALED.length()));
  }

  private interface Locked<T> {
    T run() throws IOException;
  }

  private <T> T locked(Locked<T> work) {
    synchronized (DecisionJournal.class) {
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel channel =
                FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.lock()) {
          return work.run();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the decision journal " + file, e);
      }
    }
  }

  private List<StoredLine> readRaw() {
    try {
      return rawLines();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the decision journal " + file, e);
    }
  }

  private List<StoredLine> rawLines() throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<StoredLine> entries = new ArrayList<>();
    String prev = GENESIS;
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      if (f.length != 6) {
        throw broken(i + 1, "not six fields");
      }
      long seq;
      Instant at;
      try {
        seq = Long.parseLong(f[0]);
        at = Instant.parse(f[1]);
      } catch (RuntimeException e) {
        throw broken(i + 1, "unreadable number or time");
      }
      StoredLine raw = StoredLine.chained(seq, at, f[2], f[3], prev);
      if (seq != i + 1 || !prev.equals(f[4]) || !raw.hash().equals(f[5])) {
        throw broken(i + 1, "the hash chain does not hold (a line was changed, removed or moved)");
      }
      entries.add(raw);
      prev = f[5];
    }
    return entries;
  }

  private BackupFailure broken(int line, String why) {
    return new BackupFailure(
        "the decision journal " + file + " is broken at line " + line + ": " + why);
  }
}
