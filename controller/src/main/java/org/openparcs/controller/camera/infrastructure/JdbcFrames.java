package org.openparcs.controller.camera.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.camera.application.Frames;
import org.openparcs.controller.camera.model.Frame;
import org.openparcs.controller.camera.model.FrameSource;
import org.openparcs.controller.camera.model.KeptImage;
import org.openparcs.controller.camera.model.StoredFrame;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;

/** Frames in table {@code plate_frame}: the image's path in the frame folder and its SHA-256. */
@Singleton
public class JdbcFrames implements Frames {

  private final JdbcTransactions tx;
  private final String garageId;

  public JdbcFrames(JdbcTransactions tx, GarageLayout garage) {
    this.tx = tx;
    this.garageId = garage.id().value();
  }

  @Override
  public void save(StoredFrame stored) {
    Frame f = stored.frame();
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO plate_frame (id, garage_id, lane_id, camera_id, source, path, sha256,"
                    + " bytes, width, height, received_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, f.id());
      ps.setString(2, garageId);
      ps.setString(3, f.lane().value());
      ps.setString(4, f.camera().value());
      ps.setString(5, f.source().name().toLowerCase(java.util.Locale.ROOT));
      ps.setString(6, stored.image().map(KeptImage::path).orElse(null));
      ps.setString(7, stored.image().map(KeptImage::sha256).orElse(null));
      ps.setInt(8, f.bytes());
      ps.setInt(9, f.width());
      ps.setInt(10, f.height());
      Sql.setInstant(ps, 11, f.receivedAt());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot store frame " + f.id(), e);
    }
  }

  @Override
  public Optional<StoredFrame> find(UUID id) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT id, lane_id, camera_id, source, path, sha256, bytes, width, height,"
                    + " received_at FROM plate_frame WHERE garage_id = ? AND id = ?")) {
      ps.setString(1, garageId);
      Sql.setUuid(ps, 2, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Frame frame =
            new Frame(
                Sql.getUuid(rs, "id"),
                new LaneId(rs.getString("lane_id")),
                new CameraId(rs.getString("camera_id")),
                FrameSource.valueOf(rs.getString("source").toUpperCase(java.util.Locale.ROOT)),
                rs.getInt("width"),
                rs.getInt("height"),
                rs.getInt("bytes"),
                Sql.getInstant(rs, "received_at"));
        String path = rs.getString("path");
        return Optional.of(
            new StoredFrame(
                frame,
                path == null
                    ? Optional.empty()
                    : Optional.of(new KeptImage(path, rs.getString("sha256")))));
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read frame " + id, e);
    }
  }
}
