package org.openparcs.portal.ingest.infrastructure;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.ingest.application.ReceivedEvents;
import org.openparcs.portal.ingest.model.EventBatch;
import org.openparcs.portal.ingest.model.GarageEvent;
import org.openparcs.portal.ingest.model.LaneState;
import org.openparcs.portal.ingest.model.ReadTally;
import org.openparcs.portal.ingest.model.StoredEvent;
import org.openparcs.portal.protection.infrastructure.EventPlates;

/**
 * Received events in table {@code received_event}; the garage's counters in {@code garage}. The
 * primary key on event_id and the unique key on (garage_id, garage_seq) back the idempotency check
 * made under the garage row lock. The plate fields leave the payload at once and are stored sealed
 * beside it, with the plate's lookup hash (POLICY K1, {@link EventPlates}).
 */
final class JdbcReceivedEvents implements ReceivedEvents {

  private final Jdbc jdbc;
  private final EventPlates plates;

  JdbcReceivedEvents(Jdbc jdbc, EventPlates plates) {
    this.jdbc = jdbc;
    this.plates = plates;
  }

  @Override
  public void lockGarage(GarageId garage) {
    List<String> locked =
        jdbc.query(
            "SELECT id FROM garage WHERE id = ? FOR UPDATE",
            s -> s.setString(1, garage.value()),
            row -> row.getString(1));
    if (locked.isEmpty()) {
      throw new IllegalStateException("garage " + garage + " was admitted but is not registered");
    }
  }

  @Override
  public List<StoredEvent> findOverlapping(GarageId garage, EventBatch batch) {
    List<UUID> ids = batch.eventIds();
    List<Long> seqs = batch.seqs();
    String sql =
        "SELECT event_id, garage_id, garage_seq FROM received_event WHERE event_id IN ("
            + marks(ids.size())
            + ") UNION SELECT event_id, garage_id, garage_seq FROM received_event"
            + " WHERE garage_id = ? AND garage_seq IN ("
            + marks(seqs.size())
            + ")";
    return jdbc.query(
        sql,
        s -> {
          int i = 1;
          for (UUID id : ids) {
            s.setString(i++, id.toString());
          }
          s.setString(i++, garage.value());
          for (long seq : seqs) {
            s.setLong(i++, seq);
          }
        },
        row ->
            new StoredEvent(
                UUID.fromString(row.getString("event_id")),
                new GarageId(row.getString("garage_id")),
                row.getLong("garage_seq")));
  }

  @Override
  public void store(GarageId garage, List<GarageEvent> events, Instant receivedAt) {
    if (events.isEmpty()) {
      return;
    }
    jdbc.batch(
        "INSERT INTO received_event (event_id, garage_id, garage_seq, event_type, occurred_at,"
            + " received_at, payload, plate_fields, plate_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        events,
        (s, e) -> bind(s, garage, e, receivedAt));
  }

  private void bind(PreparedStatement s, GarageId garage, GarageEvent e, Instant at)
      throws SQLException {
    EventPlates.Split split =
        e.plates() != null
            ? new EventPlates.Split(e.payloadJson(), e.plates().sealed(), e.plates().hash())
            : plates.split(e.payloadJson());
    s.setString(1, e.eventId().toString());
    s.setString(2, garage.value());
    s.setLong(3, e.seq());
    s.setString(4, e.type().value());
    s.setObject(5, Jdbc.toColumn(e.occurredAt()));
    s.setObject(6, Jdbc.toColumn(at));
    s.setString(7, split.payload());
    s.setBytes(8, split.sealed());
    s.setBytes(9, split.hash());
  }

  @Override
  public long recordContact(
      GarageId garage, Instant at, long batchLastSeq, int added, Long backlog) {
    jdbc.update(
        "UPDATE garage SET last_contact_at = ?, last_seq = GREATEST(last_seq, ?),"
            + " events_received = events_received + ?,"
            + " reported_backlog = COALESCE(?, reported_backlog),"
            + " backlog_reported_at = IF(? IS NULL, backlog_reported_at, ?) WHERE id = ?",
        s -> {
          s.setObject(1, Jdbc.toColumn(at));
          s.setLong(2, batchLastSeq);
          s.setInt(3, added);
          s.setObject(4, backlog);
          s.setObject(5, backlog);
          s.setObject(6, Jdbc.toColumn(at));
          s.setString(7, garage.value());
        });
    return jdbc.query(
            "SELECT last_seq FROM garage WHERE id = ?",
            s -> s.setString(1, garage.value()),
            row -> row.getLong(1))
        .get(0);
  }

  @Override
  public void tally(GarageId garage, List<ReadTally> tallies) {
    if (tallies.isEmpty()) {
      return;
    }
    jdbc.batch(
        "INSERT INTO read_tally (day, garage_id, lane, camera, reads_count, corrections)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
            + " reads_count = reads_count + VALUES(reads_count),"
            + " corrections = corrections + VALUES(corrections)",
        tallies,
        (s, t) -> {
          s.setObject(1, t.day());
          s.setString(2, garage.value());
          s.setString(3, t.lane());
          s.setString(4, t.camera());
          s.setLong(5, t.reads());
          s.setLong(6, t.corrections());
        });
  }

  @Override
  public void updateLanes(GarageId garage, List<LaneState> lanes) {
    if (lanes.isEmpty()) {
      return;
    }
    jdbc.batch(
        "INSERT INTO lane_status (garage_id, lane_id, in_service, last_event_type, last_event_at,"
            + " last_seq, detail) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
            + " in_service = IF(VALUES(last_seq) > last_seq, VALUES(in_service), in_service),"
            + " last_event_type = IF(VALUES(last_seq) > last_seq, VALUES(last_event_type),"
            + " last_event_type),"
            + " last_event_at = IF(VALUES(last_seq) > last_seq, VALUES(last_event_at),"
            + " last_event_at),"
            + " detail = IF(VALUES(last_seq) > last_seq, VALUES(detail), detail),"
            + " last_seq = GREATEST(last_seq, VALUES(last_seq))",
        lanes,
        (s, lane) -> {
          s.setString(1, garage.value());
          s.setString(2, lane.lane());
          s.setBoolean(3, lane.inService());
          s.setString(4, lane.lastEventType());
          s.setObject(5, Jdbc.toColumn(lane.lastEventAt()));
          s.setLong(6, lane.lastSeq());
          s.setString(7, lane.detail());
        });
  }

  private static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
