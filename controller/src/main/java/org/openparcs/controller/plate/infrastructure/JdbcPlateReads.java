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
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/** Plate reads; the plate and raw text sealed, the plate searched by its hash (POLICY K1). */
@Singleton
public class JdbcPlateReads implements PlateReads {

  static final String PLATE = SealedContexts.of("plate_read", "plate");
  static final String RAW_PLATE = SealedContexts.of("plate_read", "raw_plate");

  private final JdbcTransactions tx;
  private final String garageId;
  private final PlateCipher cipher;
  private final PlateLookup lookup;

  public JdbcPlateReads(
      JdbcTransactions tx, GarageLayout garage, PlateCipher cipher, PlateLookup lookup) {
    this.tx = tx;
    this.garageId = garage.id().value();
    this.cipher = cipher;
    this.lookup = lookup;
  }

  @Override
  public void save(PlateRead r) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO plate_read (id, garage_id, lane_id, camera_id, frame_id, plate_hash,"
                    + " plate_sealed, raw_plate_sealed, confidence, char_confidences, region,"
                    + " box_x, box_y, box_w, box_h, source, captured_at, received_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, r.id());
      ps.setString(2, garageId);
      ps.setString(3, r.laneId().value());
      ps.setString(4, r.cameraId().value());
      Sql.setUuid(ps, 5, r.frameId());
      ps.setBytes(6, lookup.hash(r.plate().value()));
      ps.setBytes(7, cipher.seal(r.plate().value(), PLATE));
      ps.setBytes(8, cipher.seal(truncate(r.rawText(), 64), RAW_PLATE));
      ps.setBigDecimal(9, BigDecimal.valueOf(r.confidence()).setScale(4, RoundingMode.HALF_UP));
      ps.setString(10, CharConfidences.format(r.charConfidences()));
      ps.setString(11, truncate(r.region(), 16));
      if (r.box() == null) {
        for (int i = 12; i <= 15; i++) {
          ps.setNull(i, Types.INTEGER);
        }
      } else {
        ps.setInt(12, r.box().x());
        ps.setInt(13, r.box().y());
        ps.setInt(14, r.box().width());
        ps.setInt(15, r.box().height());
      }
      ps.setString(16, r.source());
      Sql.setInstant(ps, 17, r.capturedAt());
      Sql.setInstant(ps, 18, r.receivedAt());
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
                "SELECT id, lane_id, camera_id, frame_id, plate_sealed, raw_plate_sealed, confidence,"
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

  private PlateRead read(ResultSet rs) throws SQLException {
    int w = rs.getInt("box_w");
    PlateBox box =
        rs.wasNull()
            ? null
            : new PlateBox(rs.getInt("box_x"), rs.getInt("box_y"), w, rs.getInt("box_h"));
    return new PlateRead(
        Sql.getUuid(rs, "id"),
        new LaneId(rs.getString("lane_id")),
        new CameraId(rs.getString("camera_id")),
        new PlateText(cipher.open(rs.getBytes("plate_sealed"), PLATE)),
        cipher.open(rs.getBytes("raw_plate_sealed"), RAW_PLATE),
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
