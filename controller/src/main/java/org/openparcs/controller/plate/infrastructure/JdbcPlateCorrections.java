package org.openparcs.controller.plate.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.plate.application.PlateCorrections;
import org.openparcs.controller.plate.model.PlateCorrection;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;

@Singleton
public class JdbcPlateCorrections implements PlateCorrections {

  private final JdbcTransactions tx;
  private final String garageId;

  public JdbcPlateCorrections(JdbcTransactions tx, GarageLayout garage) {
    this.tx = tx;
    this.garageId = garage.id().value();
  }

  @Override
  public void save(PlateCorrection c) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO plate_correction (id, garage_id, lane_id, plate_read_id,"
                    + " exception_id, corrected_read_id, original_text, corrected_text, operator,"
                    + " reason, corrected_at, decision_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, c.id());
      ps.setString(2, garageId);
      ps.setString(3, c.laneId().value());
      Sql.setUuid(ps, 4, c.readId());
      Sql.setUuid(ps, 5, c.exceptionId());
      Sql.setUuid(ps, 6, c.correctedReadId());
      ps.setString(7, c.originalText() == null ? null : c.originalText().value());
      ps.setString(8, c.correctedText().value());
      ps.setString(9, c.operator());
      ps.setString(10, c.reason());
      Sql.setInstant(ps, 11, c.correctedAt());
      Sql.setUuid(ps, 12, c.decisionId());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot store plate correction " + c.id(), e);
    }
  }

  @Override
  public void decided(UUID correctionId, UUID decisionId) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "UPDATE plate_correction SET decision_id = ? WHERE garage_id = ? AND id = ?")) {
      Sql.setUuid(ps, 1, decisionId);
      ps.setString(2, garageId);
      Sql.setUuid(ps, 3, correctionId);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException(
          "cannot link correction " + correctionId + " to its decision", e);
    }
  }
}
