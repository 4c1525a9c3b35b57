package org.openparcs.controller.garage.infrastructure;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.openparcs.controller.garage.model.Camera;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;

/** Keeps the garage, lane, camera and I/O device rows in step with the configuration. */
@Singleton
public class JdbcGarageRegistry {

  private final JdbcTransactions tx;

  public JdbcGarageRegistry(JdbcTransactions tx) {
    this.tx = tx;
  }

  void register(GarageLayout layout, List<LaneSettings> lanes, Instant now) {
    tx.inTransaction(
        () -> {
          try {
            Connection c = tx.connection();
            upsertGarage(c, layout, now);
            for (LaneSettings s : lanes) {
              upsertIoDevice(c, layout, s, now);
            }
            for (Lane lane : layout.lanes()) {
              LaneSettings s =
                  lanes.stream()
                      .filter(l -> l.id().equals(lane.id().value()))
                      .findFirst()
                      .orElseThrow();
              upsertLane(c, layout, lane, s.ioDeviceId(), now);
            }
            for (Camera camera : layout.cameras()) {
              upsertCamera(c, camera, now);
            }
            return null;
          } catch (SQLException e) {
            throw new DataAccessException("cannot record the garage layout", e);
          }
        });
  }

  private static void upsertGarage(Connection c, GarageLayout g, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO garage (id, name, time_zone, currency, updated_at) VALUES (?,?,?,?,?)"
                + " ON DUPLICATE KEY UPDATE name=VALUES(name), time_zone=VALUES(time_zone),"
                + " currency=VALUES(currency), updated_at=VALUES(updated_at)")) {
      ps.setString(1, g.id().value());
      ps.setString(2, g.name());
      ps.setString(3, g.timeZone().getId());
      ps.setString(4, g.currency().getCurrencyCode());
      Sql.setInstant(ps, 5, now);
      ps.executeUpdate();
    }
  }

  private static void upsertIoDevice(Connection c, GarageLayout g, LaneSettings s, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO io_device (id, garage_id, model, host, port, unit_id, updated_at)"
                + " VALUES (?,?,?,?,?,?,?) ON DUPLICATE KEY UPDATE model=VALUES(model),"
                + " host=VALUES(host), port=VALUES(port), unit_id=VALUES(unit_id),"
                + " updated_at=VALUES(updated_at)")) {
      ps.setString(1, s.ioDeviceId());
      ps.setString(2, g.id().value());
      ps.setString(3, s.ioModel());
      ps.setString(4, s.ioHost());
      ps.setInt(5, s.ioPort());
      ps.setInt(6, s.ioUnitId());
      Sql.setInstant(ps, 7, now);
      ps.executeUpdate();
    }
  }

  private static void upsertLane(
      Connection c, GarageLayout g, Lane lane, String ioDeviceId, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO lane (id, garage_id, name, direction, io_device_id, updated_at)"
                + " VALUES (?,?,?,?,?,?) ON DUPLICATE KEY UPDATE name=VALUES(name),"
                + " direction=VALUES(direction), io_device_id=VALUES(io_device_id),"
                + " updated_at=VALUES(updated_at)")) {
      ps.setString(1, lane.id().value());
      ps.setString(2, g.id().value());
      ps.setString(3, lane.name());
      ps.setString(4, lane.direction().name());
      ps.setString(5, ioDeviceId);
      Sql.setInstant(ps, 6, now);
      ps.executeUpdate();
    }
  }

  private static void upsertCamera(Connection c, Camera camera, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO camera (id, lane_id, push_format, updated_at) VALUES (?,?,?,?)"
                + " ON DUPLICATE KEY UPDATE lane_id=VALUES(lane_id),"
                + " push_format=VALUES(push_format), updated_at=VALUES(updated_at)")) {
      ps.setString(1, camera.id().value());
      ps.setString(2, camera.laneId().value());
      ps.setString(3, camera.pushFormat());
      Sql.setInstant(ps, 4, now);
      ps.executeUpdate();
    }
  }
}
