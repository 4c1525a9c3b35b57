package org.openparcs.portal.sharing.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.sharing.application.SharedRecords;
import org.openparcs.portal.sharing.model.SharedRead;

/** Reads from {@code received_event}; released records in {@code shared_record}. */
final class JdbcSharedRecords implements SharedRecords {

  private final Jdbc jdbc;

  JdbcSharedRecords(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<SharedRead> matching(List<String> plates, Instant from, Instant to, int limit) {
    if (plates.isEmpty()) {
      return List.of();
    }
    String sql =
        "SELECT event_id, garage_id, LEFT(COALESCE(JSON_VALUE(payload, '$.lane'),"
            + " JSON_VALUE(payload, '$.laneId'), ''), 64) AS lane,"
            + " LEFT(COALESCE(JSON_VALUE(payload, '$.camera'), JSON_VALUE(payload, '$.cameraId'),"
            + " ''), 64) AS camera, plate, occurred_at FROM received_event"
            + " WHERE event_type = 'plate_read' AND plate IN ("
            + String.join(", ", Collections.nCopies(plates.size(), "?"))
            + ") AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at LIMIT ?";
    return jdbc.query(
        sql,
        s -> {
          int i = 1;
          for (String p : plates) {
            s.setString(i++, p);
          }
          s.setObject(i++, Jdbc.toColumn(from));
          s.setObject(i++, Jdbc.toColumn(to));
          s.setInt(i, limit);
        },
        r -> read(r, "event_id", "occurred_at"));
  }

  @Override
  public void store(long requestId, List<SharedRead> reads, Instant at) {
    jdbc.batch(
        "INSERT INTO shared_record (request_id, read_event_id, garage_id, lane, camera, plate,"
            + " read_at, shared_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        reads,
        (s, r) -> {
          s.setLong(1, requestId);
          s.setString(2, r.readId().toString());
          s.setString(3, r.garage().value());
          s.setString(4, r.lane());
          s.setString(5, r.camera());
          s.setString(6, r.plate());
          s.setObject(7, Jdbc.toColumn(r.readAt()));
          s.setObject(8, Jdbc.toColumn(at));
        });
  }

  @Override
  public List<SharedRead> released(long requestId) {
    return jdbc.query(
        "SELECT read_event_id, garage_id, lane, camera, plate, read_at FROM shared_record"
            + " WHERE request_id = ? ORDER BY read_at",
        s -> s.setLong(1, requestId),
        r -> read(r, "read_event_id", "read_at"));
  }

  private static SharedRead read(ResultSet r, String id, String at) throws SQLException {
    return new SharedRead(
        UUID.fromString(r.getString(id)),
        new GarageId(r.getString("garage_id")),
        r.getString("lane"),
        r.getString("camera"),
        r.getString("plate"),
        Jdbc.instant(r, at));
  }
}
