package org.openparcs.controller.session.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.session.application.Sessions;
import org.openparcs.controller.session.model.ClosedSession;
import org.openparcs.controller.session.model.OpenSession;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;

@Singleton
public class JdbcSessions implements Sessions {

  private final JdbcTransactions tx;
  private final String garageId;

  public JdbcSessions(JdbcTransactions tx, GarageLayout garage) {
    this.tx = tx;
    this.garageId = garage.id().value();
  }

  @Override
  public Optional<OpenSession> openFor(PlateText plate) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT id, plate, permit_id, entry_lane_id, entry_decision_id, entered_at"
                    + " FROM parking_session WHERE garage_id = ? AND open_plate = ? FOR UPDATE")) {
      ps.setString(1, garageId);
      ps.setString(2, plate.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(session(rs));
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the open session of a plate", e);
    }
  }

  @Override
  public List<OpenSession> openNear(Set<String> keys, PlateComparison comparison) {
    if (keys.isEmpty()) {
      return List.of();
    }
    String column = comparison.foldOAndI() ? "open_plate_folded" : "open_plate";
    String sql =
        "SELECT id, plate, permit_id, entry_lane_id, entry_decision_id, entered_at"
            + " FROM parking_session WHERE garage_id = ? AND "
            + column
            + " IN ("
            + String.join(",", Collections.nCopies(keys.size(), "?"))
            + ")";
    try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
      ps.setString(1, garageId);
      int i = 2;
      for (String key : keys) {
        ps.setString(i++, key);
      }
      List<OpenSession> found = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(session(rs));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the open sessions near a plate", e);
    }
  }

  private static OpenSession session(ResultSet rs) throws SQLException {
    return new OpenSession(
        Sql.getUuid(rs, "id"),
        new PlateText(rs.getString("plate")),
        Sql.getUuid(rs, "permit_id"),
        new LaneId(rs.getString("entry_lane_id")),
        Sql.getUuid(rs, "entry_decision_id"),
        Sql.getInstant(rs, "entered_at"));
  }

  /** The unique key {@code session_one_open_per_plate} decides: no lock on the empty slot first. */
  @Override
  public boolean openUnlessOpen(OpenSession s) {
    try {
      open(s);
      return true;
    } catch (DataAccessException e) {
      if (e.getCause() instanceof SQLIntegrityConstraintViolationException duplicate
          && duplicate.getErrorCode() == 1062
          && String.valueOf(duplicate.getMessage()).contains("session_one_open_per_plate")) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public void open(OpenSession s) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO parking_session (id, garage_id, plate, permit_id, entry_lane_id,"
                    + " entry_decision_id, entered_at) VALUES (?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, s.id());
      ps.setString(2, garageId);
      ps.setString(3, s.plate().value());
      Sql.setUuid(ps, 4, s.permitId());
      ps.setString(5, s.entryLane().value());
      Sql.setUuid(ps, 6, s.entryDecisionId());
      Sql.setInstant(ps, 7, s.enteredAt());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot open session " + s.id(), e);
    }
  }

  @Override
  public void close(ClosedSession s) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "UPDATE parking_session SET exit_lane_id = ?, exit_decision_id = ?, exited_at = ?"
                    + " WHERE id = ? AND exited_at IS NULL")) {
      ps.setString(1, s.exitLane().value());
      Sql.setUuid(ps, 2, s.exitDecisionId());
      Sql.setInstant(ps, 3, s.exitedAt());
      Sql.setUuid(ps, 4, s.id());
      if (ps.executeUpdate() != 1) {
        throw new DataAccessException("session " + s.id() + " was not open", null);
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot close session " + s.id(), e);
    }
  }
}
