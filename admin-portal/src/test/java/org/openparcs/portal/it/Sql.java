package org.openparcs.portal.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.openparcs.portal.protection.infrastructure.EventPlates;

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
