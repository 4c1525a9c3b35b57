package org.openparcs.portal.camera.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.openparcs.portal.camera.application.SensitiveSites;
import org.openparcs.portal.camera.model.GeoPoint;
import org.openparcs.portal.camera.model.SensitiveSite;
import org.openparcs.portal.camera.model.SiteKind;
import org.openparcs.portal.common.infrastructure.Jdbc;

/** Sensitive sites in table {@code sensitive_site}. */
final class JdbcSensitiveSites implements SensitiveSites {

  private final Jdbc jdbc;

  JdbcSensitiveSites(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public long add(String name, SiteKind kind, GeoPoint entrance, String by, Instant at) {
    jdbc.update(
        "INSERT INTO sensitive_site (name, kind, latitude, longitude, added_by, added_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        s -> {
          s.setString(1, name);
          s.setString(2, kind.name());
          s.setBigDecimal(3, BigDecimal.valueOf(entrance.latitude()));
          s.setBigDecimal(4, BigDecimal.valueOf(entrance.longitude()));
          s.setString(5, by);
          s.setObject(6, Jdbc.toColumn(at));
        });
    return jdbc.query("SELECT LAST_INSERT_ID()", s -> {}, r -> r.getLong(1)).get(0);
  }

  @Override
  public List<SensitiveSite> all() {
    return jdbc.query(
        "SELECT id, name, kind, latitude, longitude FROM sensitive_site ORDER BY name",
        s -> {},
        r ->
            new SensitiveSite(
                r.getLong("id"),
                r.getString("name"),
                SiteKind.valueOf(r.getString("kind")),
                new GeoPoint(r.getDouble("latitude"), r.getDouble("longitude"))));
  }
}
