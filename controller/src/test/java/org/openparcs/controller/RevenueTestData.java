package org.openparcs.controller;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes stays straight into the garage schema, as the lane will once visitors are admitted: a
 * read, a granted decision and an open session.
 */
public final class RevenueTestData {

  private RevenueTestData() {}

  /** A DOWNTOWN-like tariff as the API takes it, effective from {@code from}. */
  public static String tariffJson(String version, Instant from) {
    return """
        {"version":"%s","effectiveFrom":"%s","currency":"USD","graceMinutes":10,
         "incrementMinutes":15,"incrementPrice":100,"weekendIncrementPrice":75,"dailyMax":2400,
         "weekendDailyMax":1500,"weekendDays":["SATURDAY","SUNDAY"],
         "flatRates":[{"name":"evening","entryFrom":"17:00","entryUntil":"00:00",
           "exitFrom":"17:00","exitUntil":"06:00","price":800}],
         "lostTicketFee":4000}
        """
        .formatted(version, from);
  }

  /** Opens a visitor session for {@code plate} that entered at {@code enteredAt}. */
  public static UUID visitorInside(
      DataSource db, String garage, String lane, String camera, String plate, Instant enteredAt) {
    UUID read = UUID.randomUUID();
    UUID decision = UUID.randomUUID();
    UUID session = UUID.randomUUID();
    try (Connection c = db.getConnection()) {
      exec(
          c,
          "INSERT INTO plate_read (id,garage_id,lane_id,camera_id,plate_hash,plate_sealed,"
              + "raw_plate_sealed,confidence,source,captured_at,received_at)"
              + " VALUES (?,?,?,?,?,?,?,0.9,'test',?,?)",
          read,
          garage,
          lane,
          camera,
          GarageTestSupport.hashBytes(plate),
          GarageTestSupport.sealed(plate, "plate_read", "plate"),
          GarageTestSupport.sealed(plate, "plate_read", "raw_plate"),
          at(enteredAt),
          at(enteredAt));
      exec(
          c,
          "INSERT INTO access_decision (id,garage_id,lane_id,plate_read_id,plate_hash,"
              + "plate_sealed,outcome,rule,decided_at) VALUES (?,?,?,?,?,?,'GRANTED','VISITOR',?)",
          decision,
          garage,
          lane,
          read,
          GarageTestSupport.hashBytes(plate),
          GarageTestSupport.sealed(plate, "access_decision", "plate"),
          at(enteredAt));
      exec(
          c,
          "INSERT INTO parking_session (id,garage_id,plate_hash,plate_folded_hash,plate_sealed,"
              + "entry_lane_id,entry_decision_id,entered_at) VALUES (?,?,?,?,?,?,?,?)",
          session,
          garage,
          GarageTestSupport.hashBytes(plate),
          GarageTestSupport.hashBytes(plate.replace('O', '0').replace('I', '1')),
          GarageTestSupport.sealed(plate, "parking_session", "plate"),
          lane,
          decision,
          at(enteredAt));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return session;
  }

  /** Closes a session as the exit lane would (without a decision of its own). */
  public static void leave(DataSource db, UUID session, String lane, Instant at) {
    try (Connection c = db.getConnection()) {
      exec(
          c,
          "UPDATE parking_session SET exited_at = ?, exit_lane_id = ? WHERE id = ?",
          at(at),
          lane,
          session);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LocalDateTime at(Instant i) {
    return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  private static void exec(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i] instanceof UUID u ? u.toString() : args[i]);
      }
      ps.executeUpdate();
    }
  }
}
