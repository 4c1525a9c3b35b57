package org.openparcs.controller.lane.card.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.openparcs.controller.garage.model.GarageId;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.card.application.CardReads;
import org.openparcs.controller.lane.card.model.CardRead;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;

@Singleton
public class JdbcCardReads implements CardReads {

  private final JdbcTransactions tx;
  private final GarageId garage;

  public JdbcCardReads(JdbcTransactions tx, GarageLayout layout) {
    this.tx = tx;
    this.garage = layout.id();
  }

  @Override
  public void save(CardRead r, UUID decisionId) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO card_read (id, garage_id, lane_id, reader_id, card_number, read_at,"
                    + " decision_id) VALUES (?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, r.id());
      ps.setString(2, garage.value());
      ps.setString(3, r.laneId().value());
      ps.setString(4, r.readerId());
      ps.setString(5, r.card().value());
      Sql.setInstant(ps, 6, r.readAt());
      Sql.setUuid(ps, 7, decisionId);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot store card read " + r.id(), e);
    }
  }
}
