package org.openparcs.bench.lane;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What the garage asked of MariaDB between two points (its global status counters): statements,
 * commits, inserts, selects. Per vehicle, these say how many round trips a vehicle costs, whatever
 * else runs on the machine.
 */
public final class DatabaseWork {

  static final String[] COUNTERS = {
    "Questions", "Com_commit", "Com_insert", "Com_select", "Com_update", "Com_delete"
  };

  private DatabaseWork() {}

  public static Map<String, Long> now(DataSource db) {
    Map<String, Long> values = new LinkedHashMap<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS")) {
      while (rs.next()) {
        for (String name : COUNTERS) {
          if (name.equalsIgnoreCase(rs.getString(1))) {
            values.put(name, Long.parseLong(rs.getString(2)));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read MariaDB's status counters", e);
    }
    return values;
  }

  /** "statements 12.1, commits 3.0, ..." per vehicle between two readings. */
  public static String perVehicle(Map<String, Long> before, Map<String, Long> after, int vehicles) {
    StringBuilder text = new StringBuilder();
    for (String name : COUNTERS) {
      if (!before.containsKey(name) || !after.containsKey(name)) {
        continue;
      }
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(
          String.format(
              "%s %.1f", label(name), (after.get(name) - before.get(name)) / (double) vehicles));
    }
    return text.toString();
  }

  private static String label(String counter) {
    return counter.equals("Questions")
        ? "statements"
        : counter.substring("Com_".length()) + (counter.endsWith("commit") ? "s" : "s");
  }
}
