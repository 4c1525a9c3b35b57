package org.openparcs.portal.garage.infrastructure;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.garage.application.GarageOverviews;
import org.openparcs.portal.garage.model.GarageId;

/** The garages page's data, read from tables {@code garage} and {@code received_event}. */
final class JdbcGarageOverviews implements GarageOverviews {

  private static final Argument<Map<String, Object>> JSON_OBJECT =
      Argument.mapOf(String.class, Object.class);

  private final Jdbc jdbc;
  private final JsonMapper json;

  JdbcGarageOverviews(Jdbc jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public List<GarageRow> garages() {
    return jdbc.query(
        "SELECT id, name, last_contact_at, events_received, last_seq FROM garage ORDER BY name, id",
        s -> {},
        row ->
            new GarageRow(
                new GarageId(row.getString("id")),
                row.getString("name"),
                Jdbc.instant(row, "last_contact_at"),
                row.getLong("events_received"),
                row.getLong("last_seq")));
  }

  @Override
  public List<RecentEvent> latestEvents(GarageId garage, int limit) {
    return jdbc.query(
        "SELECT occurred_at, garage_seq, event_type, payload FROM received_event"
            + " WHERE garage_id = ? ORDER BY occurred_at DESC, garage_seq DESC LIMIT ?",
        s -> {
          s.setString(1, garage.value());
          s.setInt(2, limit);
        },
        row ->
            new RecentEvent(
                Jdbc.instant(row, "occurred_at"),
                row.getLong("garage_seq"),
                row.getString("event_type"),
                parse(row.getString("payload"))));
  }

  private Map<String, Object> parse(String payload) {
    try {
      // Ingest stored only JSON objects (and the column's CHECK keeps it valid JSON).
      return json.readValue(payload, JSON_OBJECT);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored event payload is not a JSON object", e);
    }
  }
}
