package org.openparcs.portal.garage.infrastructure;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.garage.application.GarageOverviews;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.garage.model.LaneView;

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
        "SELECT id, name, last_contact_at, events_received, last_seq, reported_backlog,"
            + " backlog_reported_at FROM garage ORDER BY name, id",
        s -> {},
        row ->
            new GarageRow(
                new GarageId(row.getString("id")),
                row.getString("name"),
                Jdbc.instant(row, "last_contact_at"),
                row.getLong("events_received"),
                row.getLong("last_seq"),
                row.getObject("reported_backlog") == null ? null : row.getLong("reported_backlog"),
                Jdbc.instant(row, "backlog_reported_at")));
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

  @Override
  public List<LaneView> lanes(GarageId garage) {
    return jdbc.query(
        "SELECT lane_id, in_service, last_event_type, last_event_at, detail FROM lane_status"
            + " WHERE garage_id = ? ORDER BY lane_id",
        s -> s.setString(1, garage.value()),
        row ->
            new LaneView(
                row.getString("lane_id"),
                row.getBoolean("in_service"),
                row.getString("last_event_type"),
                Jdbc.instant(row, "last_event_at"),
                row.getString("detail")));
  }

  @Override
  public List<DayCount> dailyCounts(GarageId garage, Instant from) {
    return jdbc.query(
        "SELECT DATE(occurred_at) AS day, event_type, COUNT(*) AS n FROM received_event"
            + " WHERE garage_id = ? AND occurred_at >= ?"
            + " AND event_type IN ('plate_read', 'session_opened', 'session_closed')"
            + " GROUP BY DATE(occurred_at), event_type",
        s -> {
          s.setString(1, garage.value());
          s.setObject(2, Jdbc.toColumn(from));
        },
        row ->
            new DayCount(
                row.getObject("day", LocalDate.class),
                row.getString("event_type"),
                row.getLong("n")));
  }

  @Override
  public long occupancyBefore(GarageId garage, Instant from) {
    return jdbc.query(
            "SELECT COALESCE(SUM(event_type = 'session_opened') - SUM(event_type = 'session_closed'),"
                + " 0) FROM received_event WHERE garage_id = ? AND occurred_at < ?"
                + " AND event_type IN ('session_opened', 'session_closed')",
            s -> {
              s.setString(1, garage.value());
              s.setObject(2, Jdbc.toColumn(from));
            },
            row -> row.getLong(1))
        .get(0);
  }

  /**
   * Payments as other work streams report them: an event type starting with {@code payment} whose
   * payload has {@code amountMinor} (or {@code amount_minor}) and {@code currency}.
   */
  @Override
  public List<DayRevenue> dailyRevenue(GarageId garage, Instant from) {
    return jdbc.query(
        "SELECT DATE(occurred_at) AS day, JSON_VALUE(payload, '$.currency') AS currency,"
            + " SUM(CAST(COALESCE(JSON_VALUE(payload, '$.amountMinor'),"
            + " JSON_VALUE(payload, '$.amount_minor')) AS SIGNED)) AS minor FROM received_event"
            + " WHERE garage_id = ? AND occurred_at >= ? AND event_type LIKE 'payment%'"
            + " AND JSON_VALUE(payload, '$.currency') IS NOT NULL"
            + " GROUP BY DATE(occurred_at), JSON_VALUE(payload, '$.currency') ORDER BY day, currency",
        s -> {
          s.setString(1, garage.value());
          s.setObject(2, Jdbc.toColumn(from));
        },
        row ->
            new DayRevenue(
                row.getObject("day", LocalDate.class),
                row.getString("currency"),
                row.getLong("minor")));
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
