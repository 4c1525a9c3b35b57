package org.openparcs.bench.purge;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@code --probe}: what MariaDB was doing while a purge ran, sampled from {@code
 * information_schema.PROCESSLIST} every few milliseconds on a connection of its own: when each
 * purge statement ran (first and last seen, longest running time), and which lane statements
 * waited, in which state, for how long, behind which purge statement. Off by default: the sampling
 * itself costs MariaDB CPU on a 2-core machine.
 */
final class PurgeProbe implements AutoCloseable {

  /** One running statement seen in one sample. */
  private record Seen(long atNanos, long id, String state, long timeMs, String info) {}

  private static final String QUERY =
      "SELECT ID, IFNULL(STATE, ''), TIME_MS, LEFT(IFNULL(INFO, ''), 90) FROM"
          + " information_schema.PROCESSLIST WHERE COMMAND = 'Query' AND ID <> CONNECTION_ID()";

  private final List<Seen> seen = new ArrayList<>();
  private final Thread sampler;
  private final long from = System.nanoTime();
  private volatile boolean stop;
  private volatile SQLException failure;
  private int samples;

  private PurgeProbe(DataSource db) {
    sampler = new Thread(() -> sample(db), "purge-probe");
    sampler.setDaemon(true);
    sampler.start();
  }

  static PurgeProbe start(DataSource db) {
    return new PurgeProbe(db);
  }

  private void sample(DataSource db) {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      while (!stop) {
        long at = System.nanoTime();
        try (ResultSet rs = s.executeQuery(QUERY)) {
          while (rs.next()) {
            seen.add(
                new Seen(
                    at, rs.getLong(1), rs.getString(2), (long) rs.getDouble(3), rs.getString(4)));
          }
        }
        samples++;
        Thread.sleep(3);
      }
    } catch (SQLException e) {
      failure = e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop = true;
    sampler.join();
  }

  /** The report: purge statements in order, then the lane statements that waited. */
  String report(long purgeFrom) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "    probe: %d samples of the processlist in %.2f s%s%n",
            samples,
            (System.nanoTime() - from) / 1e9,
            failure == null ? "" : " (stopped: " + failure.getMessage() + ")"));
    List<String> keys = new ArrayList<>();
    List<long[]> spans = new ArrayList<>(); // {start, last seen, longest ms}, one per run
    Map<String, List<Long>> waitedBehind = new LinkedHashMap<>();
    for (Seen s : seen) {
      if (purgeStatement(s.info())) {
        String key = s.id() + " " + s.info();
        long start = s.atNanos() - s.timeMs() * 1_000_000L - purgeFrom;
        int last = keys.lastIndexOf(key);
        long[] span;
        if (last >= 0 && s.atNanos() - purgeFrom - spans.get(last)[1] < 20_000_000L) {
          span = spans.get(last); // the same run seen again in the next sample
        } else {
          span = new long[] {start, 0, 0};
          keys.add(key);
          spans.add(span);
        }
        span[0] = Math.min(span[0], start);
        span[1] = s.atNanos() - purgeFrom;
        span[2] = Math.max(span[2], s.timeMs());
      } else if (!s.state().isEmpty() && s.timeMs() >= 5) {
        String behind = runningPurgeStatement(s.atNanos());
        String what = s.info().length() > 40 ? s.info().substring(0, 40) : s.info();
        waitedBehind
            .computeIfAbsent(
                s.state() + " | " + what + " | purge then: " + behind, k -> new ArrayList<>())
            .add(s.timeMs());
      }
    }
    out.append(
        "    purge statements (start..last seen, ms from the purge's start; longest run):\n");
    for (int i = 0; i < keys.size(); i++) {
      long[] span = spans.get(i);
      out.append(
          String.format(
              "      %7.1f..%7.1f  %5d ms  %s%n",
              span[0] / 1e6, span[1] / 1e6, span[2], keys.get(i)));
    }
    out.append(
        "    lane statements seen running >= 5 ms, by state and the purge statement then:\n");
    waitedBehind.forEach(
        (key, times) ->
            out.append(
                String.format(
                    "      %4d samples, longest %4d ms: %s%n",
                    times.size(), times.stream().mapToLong(Long::longValue).max().orElse(0), key)));
    return out.toString();
  }

  private String runningPurgeStatement(long at) {
    for (Seen s : seen) {
      if (s.atNanos() == at && purgeStatement(s.info())) {
        return s.info().length() > 60 ? s.info().substring(0, 60) : s.info();
      }
    }
    return "-";
  }

  private static boolean purgeStatement(String info) {
    String i = info.toUpperCase(java.util.Locale.ROOT);
    return i.startsWith("ALTER")
        || i.startsWith("DROP")
        || i.startsWith("CREATE")
        || i.contains("PLATE_READ_KEPT")
        || i.contains("PLATE_READ_DAY")
        || i.contains("INFORMATION_SCHEMA")
        || i.startsWith("INSERT IGNORE INTO PLATE_READ");
  }
}
