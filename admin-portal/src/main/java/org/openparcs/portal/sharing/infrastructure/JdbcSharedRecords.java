package org.openparcs.portal.sharing.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.protection.infrastructure.EventPlates;
import org.openparcs.portal.protection.infrastructure.SealedContexts;
import org.openparcs.portal.sharing.application.SharedRecords;
import org.openparcs.portal.sharing.model.SharedRead;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * Reads from {@code received_event}, found by the lookup hash of each plate asked; released records
 * in {@code shared_record}, their plate sealed with its lookup hash (POLICY K1).
 */
final class JdbcSharedRecords implements SharedRecords {

  private final Jdbc jdbc;
  private final PlateCipher cipher;
  private final PlateLookup lookup;
  private final EventPlates plates;

  JdbcSharedRecords(Jdbc jdbc, PlateCipher cipher, PlateLookup lookup, EventPlates plates) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.lookup = lookup;
    this.plates = plates;
  }

  @Override
  public List<SharedRead> matching(List<String> asked, Instant from, Instant to, int limit) {
    if (asked.isEmpty()) {
      return List.of();
    }
    List<byte[]> hashes = asked.stream().flatMap(p -> lookup.candidates(p).stream()).toList();
    String sql =
        "SELECT event_id, garage_id, LEFT(COALESCE(JSON_VALUE(payload, '$.lane'),"
            + " JSON_VALUE(payload, '$.laneId'), ''), 64) AS lane,"
            + " LEFT(COALESCE(JSON_VALUE(payload, '$.camera'), JSON_VALUE(payload, '$.cameraId'),"
            + " ''), 64) AS camera, plate_fields, occurred_at FROM received_event"
            + " WHERE event_type = 'plate_read' AND plate_hash IN ("
            + String.join(", ", Collections.nCopies(hashes.size(), "?"))
            + ") AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at LIMIT ?";
    return jdbc.query(
        sql,
        s -> {
          int i = 1;
          for (byte[] h : hashes) {
            s.setBytes(i++, h);
          }
          s.setObject(i++, Jdbc.toColumn(from));
          s.setObject(i++, Jdbc.toColumn(to));
          s.setInt(i, limit);
        },
        r -> read(r, "event_id", "occurred_at", eventPlate(r.getBytes("plate_fields"))));
  }

  @Override
  public void store(long requestId, List<SharedRead> reads, Instant at) {
    jdbc.batch(
        "INSERT INTO shared_record (request_id, read_event_id, garage_id, lane, camera,"
            + " plate_sealed, read_at, shared_at, plate_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        reads,
        (s, r) -> {
          s.setLong(1, requestId);
          s.setString(2, r.readId().toString());
          s.setString(3, r.garage().value());
          s.setString(4, r.lane());
          s.setString(5, r.camera());
          s.setBytes(6, cipher.seal(r.plate(), SealedContexts.SHARED_RECORD));
          s.setBytes(9, lookup.hash(r.plate()));
          s.setObject(7, Jdbc.toColumn(r.readAt()));
          s.setObject(8, Jdbc.toColumn(at));
        });
  }

  @Override
  public List<SharedRead> released(long requestId) {
    return jdbc.query(
        "SELECT read_event_id, garage_id, lane, camera, plate_sealed, read_at FROM shared_record"
            + " WHERE request_id = ? ORDER BY read_at",
        s -> s.setLong(1, requestId),
        r ->
            read(
                r,
                "read_event_id",
                "read_at",
                cipher.open(r.getBytes("plate_sealed"), SealedContexts.SHARED_RECORD)));
  }

  private String eventPlate(byte[] sealed) {
    Object plate = plates.fields(sealed).get("plate");
    return plate == null ? "" : plate.toString();
  }

  private static SharedRead read(ResultSet r, String id, String at, String plate)
      throws SQLException {
    return new SharedRead(
        UUID.fromString(r.getString(id)),
        new GarageId(r.getString("garage_id")),
        r.getString("lane"),
        r.getString("camera"),
        plate,
        Jdbc.instant(r, at));
  }
}
