package org.openparcs.portal.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

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
