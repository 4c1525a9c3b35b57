package org.openparcs.controller.shared.infrastructure;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Binding helpers. Instants are stored as UTC wall time in DATETIME(6) and bound as LocalDateTime,
 * so no driver or JVM time-zone setting can shift them.
 */
public final class Sql {

  private Sql() {}

  public static void setInstant(PreparedStatement ps, int index, Instant instant)
      throws SQLException {
    ps.setObject(index, instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  public static Instant getInstant(ResultSet rs, String column) throws SQLException {
    LocalDateTime value = rs.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  public static void setUuid(PreparedStatement ps, int index, UUID id) throws SQLException {
    ps.setString(index, id == null ? null : id.toString());
  }

  public static UUID getUuid(ResultSet rs, String column) throws SQLException {
    String value = rs.getString(column);
    return value == null ? null : UUID.fromString(value);
  }
}
