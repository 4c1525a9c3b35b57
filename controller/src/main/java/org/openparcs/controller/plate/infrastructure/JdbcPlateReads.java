package org.openparcs.controller.plate.infrastructure;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.plate.application.PlateReads;
import org.openparcs.controller.plate.model.PlateBox;
import org.openparcs.controller.plate.model.PlateRead;
import org.openparcs.controller.plate.model.PlateText;
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
                "INSERT INTO plate_read (id, garage_id, lane_id, camera_id, frame_id, plate,"
                    + " raw_plate, confidence, char_confidences, region, box_x, box_y, box_w,"
                    + " box_h, source, captured_at, received_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, r.id());
      ps.setString(2, garageId);
      ps.setString(3, r.laneId().value());
      ps.setString(4, r.cameraId().value());
      Sql.setUuid(ps, 5, r.frameId());
      ps.setString(6, r.plate().value());
      ps.setString(7, truncate(r.rawText(), 64));
      ps.setBigDecimal(8, BigDecimal.valueOf(r.confidence()).setScale(4, RoundingMode.HALF_UP));
      ps.setString(9, CharConfidences.format(r.charConfidences()));
      ps.setString(10, truncate(r.region(), 16));
      if (r.box() == null) {
        for (int i = 11; i <= 14; i++) {
          ps.setNull(i, Types.INTEGER);
        }
      } else {
        ps.setInt(11, r.box().x());
        ps.setInt(12, r.box().y());
        ps.setInt(13, r.box().width());
        ps.setInt(14, r.box().height());
      }
      ps.setString(15, r.source());
      Sql.setInstant(ps, 16, r.capturedAt());
      Sql.setInstant(ps, 17, r.receivedAt());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot store plate read " + r.id(), e);
    }
  }

  @Override
  public Optional<PlateRead> find(UUID id) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT id, lane_id, camera_id, frame_id, plate, raw_plate, confidence,"
                    + " char_confidences, region, box_x, box_y, box_w, box_h, source,"
                    + " captured_at, received_at FROM plate_read WHERE garage_id = ? AND id = ?")) {
      ps.setString(1, garageId);
      Sql.setUuid(ps, 2, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read plate read " + id, e);
    }
  }

  private static PlateRead read(ResultSet rs) throws SQLException {
    int w = rs.getInt("box_w");
    PlateBox box =
        rs.wasNull()
            ? null
            : new PlateBox(rs.getInt("box_x"), rs.getInt("box_y"), w, rs.getInt("box_h"));
    return new PlateRead(
        Sql.getUuid(rs, "id"),
        new LaneId(rs.getString("lane_id")),
        new CameraId(rs.getString("camera_id")),
        new PlateText(rs.getString("plate")),
        rs.getString("raw_plate"),
        rs.getBigDecimal("confidence").doubleValue(),
        CharConfidences.parse(rs.getString("char_confidences")),
        rs.getString("region"),
        box,
        Sql.getUuid(rs, "frame_id"),
        rs.getString("source"),
        Sql.getInstant(rs, "captured_at"),
        Sql.getInstant(rs, "received_at"));
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
