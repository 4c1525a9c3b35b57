package org.openparcs.controller.payment.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.payment.application.PaidSessions;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;

@Singleton
public class JdbcPaidSessions implements PaidSessions {

  private final JdbcTransactions tx;
  private final String garageId;

  public JdbcPaidSessions(JdbcTransactions tx, GarageLayout garage) {
    this.tx = tx;
    this.garageId = garage.id().value();
  }

  @Override
  public State state(UUID sessionId) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT exited_at IS NULL FROM parking_session WHERE garage_id = ? AND id = ?"
                    + " FOR UPDATE")) {
      ps.setString(1, garageId);
      Sql.setUuid(ps, 2, sessionId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return State.UNKNOWN;
        }
        return rs.getBoolean(1) ? State.OPEN : State.CLOSED;
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read session " + sessionId, e);
    }
  }

  @Override
  public void pinTariffVersion(UUID sessionId, String version) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "UPDATE parking_session SET tariff_version = ? WHERE id = ?"
                    + " AND tariff_version IS NULL")) {
      ps.setString(1, version);
      Sql.setUuid(ps, 2, sessionId);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot record the tariff of session " + sessionId, e);
    }
  }
}
