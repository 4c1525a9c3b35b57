package org.openparcs.controller.lane.control.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.application.LaneExceptions;
import org.openparcs.controller.lane.control.model.LaneException;
import org.openparcs.controller.lane.control.model.LaneExceptionKind;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;

@Singleton
public class JdbcLaneExceptions implements LaneExceptions {

  private final JdbcTransactions tx;
  private final String garageId;

  public JdbcLaneExceptions(JdbcTransactions tx, GarageLayout garage) {
    this.tx = tx;
    this.garageId = garage.id().value();
  }

  @Override
  public void save(LaneException e) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO lane_exception (id, garage_id, lane_id, kind, decision_id, detail,"
                    + " raised_at) VALUES (?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, e.id());
      ps.setString(2, garageId);
      ps.setString(3, e.laneId().value());
      ps.setString(4, e.kind().name());
      Sql.setUuid(ps, 5, e.decisionId());
      ps.setString(6, e.detail());
      Sql.setInstant(ps, 7, e.raisedAt());
      ps.executeUpdate();
    } catch (SQLException ex) {
      throw new DataAccessException("cannot store lane exception " + e.id(), ex);
    }
  }

  @Override
  public List<LaneException> recent(LaneId lane, int limit) {
    String sql =
        "SELECT id, lane_id, kind, decision_id, detail, raised_at FROM lane_exception"
            + " WHERE garage_id = ?"
            + (lane == null ? "" : " AND lane_id = ?")
            + " ORDER BY raised_at DESC, id DESC LIMIT ?";
    try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
      int i = 1;
      ps.setString(i++, garageId);
      if (lane != null) {
        ps.setString(i++, lane.value());
      }
      ps.setInt(i, limit);
      List<LaneException> found = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(
              new LaneException(
                  Sql.getUuid(rs, "id"),
                  new LaneId(rs.getString("lane_id")),
                  LaneExceptionKind.valueOf(rs.getString("kind")),
                  Sql.getUuid(rs, "decision_id"),
                  rs.getString("detail"),
                  Sql.getInstant(rs, "raised_at")));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new DataAccessException("cannot read lane exceptions", e);
    }
  }
}
