package org.openparcs.controller.plate.infrastructure;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.plate.application.PlateReads;
import org.openparcs.controller.plate.model.PlateRead;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;

@Singleton
public class JdbcPlateReads implements PlateReads {

  private final JdbcTransactions tx;
  private final String garageId;

  public JdbcPlateReads(JdbcTransactions tx, GarageLayout garage) {
    this.tx = tx;
    this.garageId = garage.id().value();
  }

  @Override
  public void save(PlateRead r) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO plate_read (id, garage_id, lane_id, camera_id, plate, raw_plate,"
                    + " confidence, region, box_x, box_y, box_w, box_h, source, captured_at,"
                    + " received_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, r.id());
      ps.setString(2, garageId);
      ps.setString(3, r.laneId().value());
      ps.setString(4, r.cameraId().value());
      ps.setString(5, r.plate().value());
      ps.setString(6, truncate(r.rawText(), 64));
      ps.setBigDecimal(7, BigDecimal.valueOf(r.confidence()).setScale(4, RoundingMode.HALF_UP));
      ps.setString(8, truncate(r.region(), 16));
      if (r.box() == null) {
        for (int i = 9; i <= 12; i++) {
          ps.setNull(i, Types.INTEGER);
        }
      } else {
        ps.setInt(9, r.box().x());
        ps.setInt(10, r.box().y());
        ps.setInt(11, r.box().width());
        ps.setInt(12, r.box().height());
      }
      ps.setString(13, r.source());
      Sql.setInstant(ps, 14, r.capturedAt());
      Sql.setInstant(ps, 15, r.receivedAt());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot store plate read " + r.id(), e);
    }
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
