package org.openparcs.portal.plate.infrastructure;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.plate.application.PlateReads;
import org.openparcs.portal.plate.model.PlateRead;

/** Plate reads from table {@code received_event} (its indexed {@code plate} column). */
final class JdbcPlateReads implements PlateReads {

  private static final Argument<Map<String, Object>> JSON_OBJECT =
      Argument.mapOf(String.class, Object.class);
  private static final String COLUMNS = "event_id, garage_id, occurred_at, plate, payload";

  private final Jdbc jdbc;
  private final JsonMapper json;

  JdbcPlateReads(Jdbc jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public List<PlateRead> search(
      String plate, boolean prefix, List<GarageId> garages, Instant from, Instant to, int limit) {
    if (garages.isEmpty()) {
      return List.of();
    }
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(COLUMNS)
            .append(" FROM received_event WHERE event_type = 'plate_read' AND plate ")
            .append(prefix ? "LIKE ?" : "= ?")
            .append(" AND garage_id IN (")
            .append(String.join(", ", Collections.nCopies(garages.size(), "?")))
            .append(")");
    List<Object> parameters = new ArrayList<>();
    // Plates are letters and digits only (checked before), so no LIKE wildcard can hide in them.
    parameters.add(prefix ? plate + "%" : plate);
    garages.forEach(g -> parameters.add(g.value()));
    if (from != null) {
      sql.append(" AND occurred_at >= ?");
      parameters.add(Jdbc.toColumn(from));
    }
    if (to != null) {
      sql.append(" AND occurred_at < ?");
      parameters.add(Jdbc.toColumn(to));
    }
    sql.append(" ORDER BY occurred_at DESC LIMIT ?");
    parameters.add(limit);
    return jdbc.query(sql.toString(), s -> bind(s, parameters), this::read);
  }

  private static void bind(PreparedStatement s, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      s.setObject(i + 1, parameters.get(i));
    }
  }

  @Override
  public Optional<PlateRead> find(UUID eventId) {
    return jdbc
        .query(
            "SELECT "
                + COLUMNS
                + " FROM received_event WHERE event_id = ?"
                + " AND event_type = 'plate_read'",
            s -> s.setString(1, eventId.toString()),
            this::read)
        .stream()
        .findFirst();
  }

  @Override
  public List<GarageId> garages() {
    return jdbc.query(
        "SELECT id FROM garage ORDER BY id", s -> {}, row -> new GarageId(row.getString(1)));
  }

  private PlateRead read(ResultSet row) throws SQLException {
    Map<String, Object> payload;
    try {
      payload = json.readValue(row.getString("payload"), JSON_OBJECT);
    } catch (IOException e) {
      throw new SQLException("a stored payload is not a JSON object", e);
    }
    Object confidence = payload.get("confidence");
    return new PlateRead(
        UUID.fromString(row.getString("event_id")),
        new GarageId(row.getString("garage_id")),
        text(payload, "lane", "laneId"),
        text(payload, "camera", "cameraId"),
        row.getString("plate"),
        confidence instanceof Number n ? n.doubleValue() : null,
        Jdbc.instant(row, "occurred_at"));
  }

  private static String text(Map<String, Object> payload, String key, String other) {
    Object v = payload.getOrDefault(key, payload.get(other));
    return v == null ? "" : v.toString();
  }
}
