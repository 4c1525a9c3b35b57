package org.openparcs.portal.camera.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.openparcs.portal.camera.application.Cameras;
import org.openparcs.portal.camera.model.Camera;
import org.openparcs.portal.camera.model.CameraForm;
import org.openparcs.portal.camera.model.GeoPoint;
import org.openparcs.portal.common.infrastructure.Jdbc;

/** Cameras in table {@code camera}. */
final class JdbcCameras implements Cameras {

  private final Jdbc jdbc;

  JdbcCameras(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void register(CameraForm f, String by, Instant at) {
    GeoPoint p = f.position();
    jdbc.update(
        "INSERT INTO camera (garage_id, camera_id, name, latitude, longitude, view_description,"
            + " registered_by, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE name = VALUES(name), latitude = VALUES(latitude),"
            + " longitude = VALUES(longitude), view_description = VALUES(view_description),"
            + " registered_by = VALUES(registered_by), registered_at = VALUES(registered_at)",
        s -> {
          s.setString(1, f.garageId().strip());
          s.setString(2, f.cameraId().strip());
          s.setString(3, f.name().strip());
          s.setBigDecimal(4, BigDecimal.valueOf(p.latitude()));
          s.setBigDecimal(5, BigDecimal.valueOf(p.longitude()));
          s.setString(6, f.view().strip());
          s.setString(7, by);
          s.setObject(8, Jdbc.toColumn(at));
        });
  }

  @Override
  public List<Camera> all() {
    return jdbc.query(
        "SELECT id, garage_id, camera_id, name, latitude, longitude, view_description,"
            + " registered_by, registered_at FROM camera ORDER BY garage_id, camera_id",
        s -> {},
        r ->
            new Camera(
                r.getLong("id"),
                r.getString("garage_id"),
                r.getString("camera_id"),
                r.getString("name"),
                new GeoPoint(r.getDouble("latitude"), r.getDouble("longitude")),
                r.getString("view_description"),
                r.getString("registered_by"),
                Jdbc.instant(r, "registered_at")));
  }
}
