package org.openparcs.portal.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Reads the portal's tables directly, bypassing the code under test. */
final class StoredEvents {

  private final DataSource pool;

  StoredEvents(DataSource pool) {
    this.pool = pool;
  }

  long count(String garageId) {
    return number("SELECT COUNT(*) FROM received_event WHERE garage_id = ?", garageId);
  }

  long countWithId(String eventId) {
    return number("SELECT COUNT(*) FROM received_event WHERE event_id = ?", eventId);
  }

  String payload(String eventId) {
    return text("SELECT payload FROM received_event WHERE event_id = ?", eventId);
  }

  byte[] plateFields(String eventId) {
    try (Connection c = pool.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT plate_fields FROM received_event WHERE event_id = ?")) {
      s.setString(1, eventId);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? rows.getBytes(1) : null;
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  long eventsReceivedCounter(String garageId) {
    return number("SELECT events_received FROM garage WHERE id = ?", garageId);
  }

  String tokenDigest(String garageId) {
    return text("SELECT token_sha256 FROM garage WHERE id = ?", garageId);
  }

  private long number(String sql, String parameter) {
    return Long.parseLong(text(sql, parameter));
  }

  private String text(String sql, String parameter) {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, parameter);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }
}
