package org.openparcs.controller.lane.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.application.ExitEntryDecision;
import org.openparcs.controller.lane.application.ExitEntryDecisions;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;

@Singleton
public class JdbcExitEntryDecisions implements ExitEntryDecisions {

  private final JdbcTransactions tx;
  private final String garageId;

  public JdbcExitEntryDecisions(JdbcTransactions tx, GarageLayout garage) {
    this.tx = tx;
    this.garageId = garage.id().value();
  }

  @Override
  public Optional<PlateText> decidedPlate(UUID decisionId) {
    return plate("SELECT plate FROM access_decision WHERE id=?", decisionId);
  }

  @Override
  public Optional<PlateText> openSessionPlate(UUID sessionId) {
    return plate(
        "SELECT plate FROM parking_session WHERE id=? AND exited_at IS NULL FOR UPDATE", sessionId);
  }

  private Optional<PlateText> plate(String sql, UUID id) {
    try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
      Sql.setUuid(ps, 1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(PlateText.of(rs.getString(1))) : Optional.empty();
      }
    } catch (SQLException ex) {
      throw new DataAccessException("cannot read the plate of " + id, ex);
    }
  }

  @Override
  public void correctEntryPlate(UUID sessionId, PlateText exitPlate) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "UPDATE parking_session SET plate=? WHERE id=? AND exited_at IS NULL")) {
      ps.setString(1, exitPlate.value());
      Sql.setUuid(ps, 2, sessionId);
      ps.executeUpdate();
    } catch (SQLException ex) {
      throw new DataAccessException("cannot correct session " + sessionId, ex);
    }
  }

  @Override
  public boolean record(ExitEntryDecision d) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO exit_entry_decision (id, garage_id, exception_id, rule, session_id,"
                    + " entry_plate, exit_plate, operator, reason, decided_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, d.id());
      ps.setString(2, garageId);
      Sql.setUuid(ps, 3, d.exceptionId());
      ps.setString(4, d.rule());
      Sql.setUuid(ps, 5, d.sessionId());
      ps.setString(6, d.entryPlate() == null ? null : d.entryPlate().value());
      ps.setString(7, d.exitPlate().value());
      ps.setString(8, d.operator());
      ps.setString(9, d.reason());
      Sql.setInstant(ps, 10, d.decidedAt());
      ps.executeUpdate();
      return true;
    } catch (SQLIntegrityConstraintViolationException duplicate) {
      return false;
    } catch (SQLException ex) {
      throw new DataAccessException("cannot record exit decision " + d.id(), ex);
    }
  }
}
