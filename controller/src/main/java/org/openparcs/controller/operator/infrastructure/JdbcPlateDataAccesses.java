package org.openparcs.controller.operator.infrastructure;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.openparcs.controller.operator.application.PlateDataAccesses;
import org.openparcs.controller.operator.model.PlateDataAccess;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;

/** Accesses to plate data in table {@code plate_data_access} (POLICY T1). */
final class JdbcPlateDataAccesses implements PlateDataAccesses {

  private final JdbcTransactions tx;
  private final String garageId;

  JdbcPlateDataAccesses(JdbcTransactions tx, String garageId) {
    this.tx = tx;
    this.garageId = garageId;
  }

  @Override
  public void save(PlateDataAccess a) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO plate_data_access (id, garage_id, viewer, department, via, ip,"
                    + " method, resource, purpose, accessed_at) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, a.id());
      ps.setString(2, garageId);
      ps.setString(3, a.viewer());
      ps.setString(4, a.department());
      ps.setString(5, a.via());
      ps.setString(6, a.ip());
      ps.setString(7, a.method());
      ps.setString(8, a.resource());
      ps.setString(9, a.purpose());
      Sql.setInstant(ps, 10, a.accessedAt());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot record an access to plate data", e);
    }
  }
}
