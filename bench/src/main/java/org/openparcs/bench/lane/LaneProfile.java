package org.openparcs.bench.lane;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.openparcs.bench.Percentiles;

/**
 * Where a vend's time goes, per granted vehicle: from the push leaving the camera to the
 * controller's handling of it (HTTP, JSON, thread hand-over: the read's {@code received_at}), and
 * from there to the relay coil written (decision committed, lane lock, fresh read, pulse); plus the
 * whole HTTP answer, which also holds the records written after the pulse.
 */
final class LaneProfile {

  private LaneProfile() {}

  static void print(
      List<LaneDriver.Visit> granted,
      DataSource db,
      org.openparcs.protection.PlateCipher cipher,
      java.io.PrintStream out)
      throws SQLException {
    Map<String, Instant> received = receivedAt(db, cipher);
    long[] httpIn = new long[granted.size()];
    long[] toCoil = new long[granted.size()];
    long[] answer = new long[granted.size()];
    int n = 0;
    for (LaneDriver.Visit v : granted) {
      Instant r = received.get(v.plate());
      if (r == null) {
        continue;
      }
      long in = Duration.between(v.sentAt(), r).toNanos();
      httpIn[n] = in;
      toCoil[n] = v.latencyNanos() - in;
      answer[n] = v.answerNanos();
      n++;
    }
    out.println("Where the time goes (granted vehicles):");
    row(out, "push sent -> controller handles it", java.util.Arrays.copyOf(httpIn, n));
    row(out, "controller -> relay coil written", java.util.Arrays.copyOf(toCoil, n));
    row(out, "push sent -> HTTP answer", java.util.Arrays.copyOf(answer, n));
  }

  private static void row(java.io.PrintStream out, String stage, long[] values) {
    Percentiles p = new Percentiles(values);
    out.printf("  %-38s p50 %6.2f ms  p99 %6.2f ms%n", stage, p.at(50) / 1e6, p.at(99) / 1e6);
  }

  /** Each plate's read time; the plates are sealed (POLICY K1), opened here. */
  private static Map<String, Instant> receivedAt(
      DataSource db, org.openparcs.protection.PlateCipher cipher) throws SQLException {
    Map<String, Instant> m = new HashMap<>();
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT plate_sealed, received_at FROM plate_read");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        m.put(
            cipher.open(rs.getBytes(1), "garage.plate_read.plate"),
            rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC));
      }
    }
    return m;
  }
}
