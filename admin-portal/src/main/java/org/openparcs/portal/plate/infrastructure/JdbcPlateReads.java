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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.plate.application.PlateReads;
import org.openparcs.portal.plate.model.PlateRead;
import org.openparcs.portal.protection.infrastructure.EventPlates;
import org.openparcs.protection.PlateLookup;

/**
 * Plate reads from table {@code received_event}. Plates are sealed there (POLICY K1): an exact
 * search looks the read up by its lookup hash ({@code plate_hash}, indexed, under every configured
 * lookup key); a prefix search cannot use a hash, so it opens the reads of the searched garages
 * within the search's date bounds (which the access policy requires for a prefix), newest first, at
 * most {@link #PREFIX_SCAN} of them, and keeps those whose plate starts with the prefix.
 */
final class JdbcPlateReads implements PlateReads {

  /** The most reads one prefix search opens. */
  static final int PREFIX_SCAN = 20_000;

  private static final Argument<Map<String, Object>> JSON_OBJECT =
      Argument.mapOf(String.class, Object.class);
  private static final String COLUMNS = "event_id, garage_id, occurred_at, plate_fields, payload";

  private final Jdbc jdbc;
  private final JsonMapper json;
  private final EventPlates plates;
  private final PlateLookup lookup;

  JdbcPlateReads(Jdbc jdbc, JsonMapper json, EventPlates plates, PlateLookup lookup) {
    this.jdbc = jdbc;
    this.json = json;
    this.plates = plates;
    this.lookup = lookup;
  }

  @Override
  public List<PlateRead> search(
      String plate, boolean prefix, List<GarageId> garages, Instant from, Instant to, int limit) {
    if (garages.isEmpty()) {
      return List.of();
    }
    List<byte[]> hashes = prefix ? List.of() : lookup.candidates(plate);
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(COLUMNS)
            .append(" FROM received_event WHERE event_type = 'plate_read' AND ")
            .append(
                prefix
                    ? "plate_fields IS NOT NULL"
                    : "plate_hash IN ("
                        + String.join(", ", Collections.nCopies(hashes.size(), "?"))
                        + ")")
            .append(" AND garage_id IN (")
            .append(String.join(", ", Collections.nCopies(garages.size(), "?")))
            .append(")");
    List<Object> parameters = new ArrayList<>(hashes);
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
    parameters.add(prefix ? PREFIX_SCAN : limit);
    List<PlateRead> found = jdbc.query(sql.toString(), s -> bind(s, parameters), this::read);
    if (!prefix) {
      return found;
    }
    return found.stream()
        .filter(r -> r.plate().strip().toUpperCase(Locale.ROOT).startsWith(plate))
        .limit(limit)
        .toList();
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
        plate(row.getBytes("plate_fields")),
        confidence instanceof Number n ? n.doubleValue() : null,
        Jdbc.instant(row, "occurred_at"));
  }

  private String plate(byte[] sealed) {
    Object plate = plates.fields(sealed).get("plate");
    return plate == null ? "" : plate.toString();
  }

  private static String text(Map<String, Object> payload, String key, String other) {
    Object v = payload.getOrDefault(key, payload.get(other));
    return v == null ? "" : v.toString();
  }
}
