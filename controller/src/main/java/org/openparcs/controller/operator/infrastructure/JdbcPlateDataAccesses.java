package org.openparcs.controller.operator.infrastructure;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.openparcs.controller.operator.application.PlateDataAccesses;
import org.openparcs.controller.operator.model.PlateDataAccess;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.protection.PlateCipher;

/**
 * Accesses to plate data in table {@code plate_data_access} (POLICY T1): the path in clear, what
 * was asked with its query sealed (POLICY K1: a query can name a plate).
 */
final class JdbcPlateDataAccesses implements PlateDataAccesses {

  private final JdbcTransactions tx;
  private final String garageId;
  private final PlateCipher cipher;

  JdbcPlateDataAccesses(JdbcTransactions tx, String garageId, PlateCipher cipher) {
    this.tx = tx;
    this.garageId = garageId;
    this.cipher = cipher;
  }

  @Override
  public void save(PlateDataAccess a) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO plate_data_access (id, garage_id, viewer, department, via, ip,"
                    + " method, resource, asked_sealed, purpose, accessed_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, a.id());
      ps.setString(2, garageId);
      ps.setString(3, a.viewer());
      ps.setString(4, a.department());
      ps.setString(5, a.via());
      ps.setString(6, a.ip());
      ps.setString(7, a.method());
      ps.setString(8, a.path());
      ps.setBytes(9, cipher.seal(a.resource(), SealedContexts.DATA_ACCESS_ASKED));
      ps.setString(10, a.purpose());
      Sql.setInstant(ps, 11, a.accessedAt());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot record an access to plate data", e);
    }
  }
}
