package org.openparcs.db.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The decisions a restore must not undo (POLICY R1, R3), in a file outside the database that lives
 * with the backups: one line per decision, append-only, each line carrying the SHA-256 of the one
 * before, so a changed, removed or reordered line is found. A restore replays every decision newer
 * than the backup before the service serves data; a restore that started and did not complete keeps
 * the service from starting.
 *
 * <p>Line: {@code seq TAB at TAB type TAB k=v&k=v TAB prev TAB hash}, values URL-encoded. Appends
 * hold an exclusive file lock, so two service instances on one folder write in turn.
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
  private static final Pattern TYPE = Pattern.compile("[A-Z_]{1,40}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  private final Path file;

  private DecisionJournal(Path file) {
    this.file = file;
  }

  /** The journal of {@code service} ({@code portal} or {@code garage}) in {@code folder}. */
  public static DecisionJournal in(Path folder, String service) {
    return new DecisionJournal(folder.resolve(service + "-decisions.journal"));
  }

  public Path file() {
    return file;
  }

  /** Appends a decision and forces it to disk before returning. */
  public JournalEntry append(String type, Map<String, String> data, Instant at) {
    synchronized (DecisionJournal.class) {
      return appendLocked(type, data, at);
    }
  }

  private JournalEntry appendLocked(String type, Map<String, String> data, Instant at) {
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
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (FileChannel channel =
              FileChannel.open(
                  file,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE,
                  StandardOpenOption.READ);
          FileLock lock = channel.lock()) {
        List<JournalEntry> all = parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        JournalEntry last = all.isEmpty() ? null : all.get(all.size() - 1);
        long seq = last == null ? 1 : last.seq() + 1;
        String prev = last == null ? GENESIS : last.hash();
        String body = body(seq, at, type, data);
        JournalEntry entry = new JournalEntry(seq, at, type, data, prev, hash(prev, body));
        byte[] line =
            (body + "\t" + prev + "\t" + entry.hash() + "\n").getBytes(StandardCharsets.UTF_8);
        channel.position(channel.size());
        channel.write(ByteBuffer.wrap(line));
        channel.force(true);
        return entry;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the decision journal " + file, e);
    }
  }

  /** Every entry, oldest first, with the chain checked; a clear failure when it is broken. */
  public List<JournalEntry> entries() {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the decision journal " + file, e);
    }
  }

  /** The number of the newest entry; 0 when there is none. */
  public long lastSeq() {
    List<JournalEntry> all = entries();
    return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
  }

  /** The newest restore that started and has not completed, if any. */
  public Optional<JournalEntry> unfinishedRestore() {
    JournalEntry open = null;
    for (JournalEntry e : entries()) {
      if (RESTORE_STARTED.equals(e.type())) {
        open = e;
      } else if (RESTORE_COMPLETED.equals(e.type())
          && open != null
          && String.valueOf(open.seq()).equals(e.data().get("started"))) {
        open = null;
      }
    }
    return Optional.ofNullable(open);
  }

  private List<JournalEntry> parse(List<String> lines) {
    List<JournalEntry> entries = new ArrayList<>();
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
      String body = f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + f[3];
      if (seq != i + 1 || !prev.equals(f[4]) || !hash(prev, body).equals(f[5])) {
        throw broken(i + 1, "the hash chain does not hold (a line was changed, removed or moved)");
      }
      entries.add(new JournalEntry(seq, at, f[2], decode(f[3]), prev, f[5]));
      prev = f[5];
    }
    return entries;
  }

  private BackupFailure broken(int line, String why) {
    return new BackupFailure(
        "the decision journal " + file + " is broken at line " + line + ": " + why);
  }

  private static String body(long seq, Instant at, String type, Map<String, String> data) {
    StringBuilder fields = new StringBuilder();
    data.forEach(
        (k, v) -> {
          if (fields.length() > 0) {
            fields.append('&');
          }
          fields.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    return seq + "\t" + at + "\t" + type + "\t" + fields;
  }

  private static Map<String, String> decode(String fields) {
    Map<String, String> data = new LinkedHashMap<>();
    if (!fields.isEmpty()) {
      for (String pair : fields.split("&")) {
        int eq = pair.indexOf('=');
        data.put(
            pair.substring(0, eq),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return data;
  }

  static String hash(String prev, String body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(prev.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      return HexFormat.of().formatHex(sha.digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
