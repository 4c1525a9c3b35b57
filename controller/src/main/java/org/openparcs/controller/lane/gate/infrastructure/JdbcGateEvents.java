package org.openparcs.controller.lane.gate.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.gate.application.GateEvents;
import org.openparcs.controller.lane.gate.model.GateEvent;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;

@Singleton
public class JdbcGateEvents implements GateEvents {

  private final JdbcTransactions tx;
  private final String garageId;

  public JdbcGateEvents(JdbcTransactions tx, GarageLayout garage) {
    this.tx = tx;
    this.garageId = garage.id().value();
  }

  @Override
  public void save(GateEvent e) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO gate_event (id, garage_id, lane_id, type, decision_id, detail,"
                    + " occurred_at) VALUES (?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, e.id());
      ps.setString(2, garageId);
      ps.setString(3, e.laneId().value());
      ps.setString(4, e.type().name());
      Sql.setUuid(ps, 5, e.decisionId());
      ps.setString(6, e.detail());
      Sql.setInstant(ps, 7, e.occurredAt());
      ps.executeUpdate();
    } catch (SQLException ex) {
      throw new DataAccessException("cannot store gate event " + e.id(), ex);
    }
  }
}
