package org.openparcs.controller.reconciliation.infrastructure;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.openparcs.controller.shared.infrastructure.Sql;

/** Binds one value the way the garage schema stores it (instants as UTC, UUIDs as text). */
public final class RowBinding {

  private RowBinding() {}

  public static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
    if (value instanceof Instant t) {
      Sql.setInstant(ps, index, t);
    } else if (value instanceof UUID u) {
      Sql.setUuid(ps, index, u);
    } else {
      ps.setObject(index, value);
    }
  }
}
