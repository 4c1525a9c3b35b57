package org.openparcs.portal.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.openparcs.portal.protection.infrastructure.EventPlates;
import org.openparcs.portal.protection.infrastructure.SealedContexts;
import org.openparcs.protection.PlateCipher;

/** Reads the portal's tables directly, bypassing the code under test. */
final class Sql {

  private final DataSource pool;

  Sql(DataSource pool) {
    this.pool = pool;
  }

  long count(String sql, Object... parameters) {
    return Long.parseLong(texts(sql, parameters).get(0));
  }

  String text(String sql, Object... parameters) {
    List<String> all = texts(sql, parameters);
    return all.isEmpty() ? null : all.get(0);
  }

  /**
   * The plates of the received events, opened from their sealed plate fields (POLICY K1: the table
   * holds none in clear).
   */
  List<String> eventPlates(EventPlates plates) {
    List<String> out = new ArrayList<>();
    for (byte[] sealed :
        blobs("SELECT plate_fields FROM received_event WHERE plate_fields IS NOT NULL")) {
      Object plate = plates.fields(sealed).get("plate");
      if (plate != null) {
        out.add(plate.toString());
      }
    }
    return out;
  }

  /**
   * The details of the audit records of {@code action}, newest first, opened with the tests' keys
   * (POLICY K1: a detail written since V90 is sealed in {@code audit_detail}, with its salt).
   */
  List<String> auditDetails(String action) {
    return auditDetails(action, null);
  }

  /** As {@link #auditDetails(String)}, of the records of {@code username} only (null: anyone). */
  List<String> auditDetails(String action, String username) {
    PlateCipher cipher = new PlateCipher(TestPlateKeys.RING);
    List<String> out = new ArrayList<>();
    try (Connection c = pool.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT r.detail, d.sealed FROM audit_record r LEFT JOIN audit_detail d"
                    + " ON d.record_id = r.id WHERE r.action = ?"
                    + " AND (? IS NULL OR r.username = ?) ORDER BY r.id DESC")) {
      s.setString(1, action);
      s.setString(2, username);
      s.setString(3, username);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          byte[] sealed = rows.getBytes(2);
          if (sealed == null) {
            out.add(rows.getString(1));
          } else {
            String opened = cipher.open(sealed, SealedContexts.AUDIT_DETAIL);
            out.add(opened.substring(opened.indexOf(':') + 1));
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  /** The detail of the newest audit record of {@code action}; null when there is none. */
  String auditDetail(String action) {
    List<String> all = auditDetails(action);
    return all.isEmpty() ? null : all.get(0);
  }

  /** Runs one statement (test set-up of rows an older schema left); returns the rows changed. */
  int update(String sql, Object... parameters) {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  List<byte[]> blobs(String sql, Object... parameters) {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = s.executeQuery()) {
        List<byte[]> out = new ArrayList<>();
        while (rows.next()) {
          out.add(rows.getBytes(1));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  List<String> texts(String sql, Object... parameters) {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = s.executeQuery()) {
        List<String> out = new ArrayList<>();
        while (rows.next()) {
          out.add(rows.getString(1));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }
}
