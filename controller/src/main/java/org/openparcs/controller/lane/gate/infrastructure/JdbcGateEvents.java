package org.openparcs.controller.lane.gate.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.gate.application.GateEvents;
import org.openparcs.controller.lane.gate.model.GateEvent;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.protection.PlateCipher;

/**
 * The {@code gate_event} table. A detail can carry an operator's vend reason, which can name a
 * plate, so it is sealed (POLICY K1, V140); most events (a plain vend) have none and cost no
 * sealing on the lane path.
 */
@Singleton
public class JdbcGateEvents implements GateEvents {

  private final JdbcTransactions tx;
  private final String garageId;
  private final PlateCipher cipher;

  public JdbcGateEvents(JdbcTransactions tx, GarageLayout garage, PlateCipher cipher) {
    this.tx = tx;
    this.garageId = garage.id().value();
    this.cipher = cipher;
  }

  @Override
  public void save(GateEvent e) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO gate_event (id, garage_id, lane_id, type, decision_id, detail_sealed,"
                    + " occurred_at) VALUES (?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, e.id());
      ps.setString(2, garageId);
      ps.setString(3, e.laneId().value());
      ps.setString(4, e.type().name());
      Sql.setUuid(ps, 5, e.decisionId());
      ps.setBytes(6, cipher.sealNullable(e.detail(), SealedContexts.GATE_EVENT_DETAIL));
      Sql.setInstant(ps, 7, e.occurredAt());
      ps.executeUpdate();
    } catch (SQLException ex) {
      throw new DataAccessException("cannot store gate event " + e.id(), ex);
    }
  }
}
