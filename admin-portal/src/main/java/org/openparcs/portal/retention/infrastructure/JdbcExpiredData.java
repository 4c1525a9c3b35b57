package org.openparcs.portal.retention.infrastructure;

import java.util.List;
import org.openparcs.policy.model.DataClass;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.retention.application.ExpiredData;
import org.openparcs.portal.retention.model.ClassCutoff;

/**
 * The portal's ALPR data by class, in SQL. Design (see README "Retention"):
 *
 * <ul>
 *   <li>plate reads: the {@code plate_read} rows of {@code received_event} are deleted, garage by
 *       garage on the (garage_id, occurred_at) index, in chunks;
 *   <li>sessions' plate fields: every other received event (sessions, decisions, payments,
 *       corrections) is kept and its sealed plate fields and lookup hash are cleared (and any plate
 *       field a pre-K1 payload still holds is removed): the money fields outlive the plate;
 *   <li>hot-list hits and exports (records released to agencies) are deleted;
 *   <li>a record an active legal hold names (its plate, by lookup hash, POLICY K1; its read id; its
 *       session id) is skipped.
 * </ul>
 */
final class JdbcExpiredData implements ExpiredData {

  /** Plate fields a garage event may carry (the plate_correction event carries two). */
  static final String PLATE_PATHS = "'$.plate', '$.originalPlate', '$.correctedPlate', '$.plates'";

  private static final String EVENT_HELD =
      "EXISTS (SELECT 1 FROM legal_hold h WHERE h.released_at IS NULL AND ("
          + "(h.target_kind = 'PLATE' AND h.target_hash = received_event.plate_hash)"
          + " OR (h.target_kind = 'READ' AND h.target COLLATE utf8mb4_bin = CAST(received_event.event_id AS CHAR))"
          + " OR (h.target_kind = 'READ' AND h.target COLLATE utf8mb4_bin = JSON_VALUE(received_event.payload,"
          + " '$.readId'))"
          + " OR (h.target_kind = 'SESSION' AND h.target COLLATE utf8mb4_bin = JSON_VALUE(received_event.payload,"
          + " '$.sessionId'))))";

  private static final String HAS_PLATE_FIELDS =
      "(plate_fields IS NOT NULL OR JSON_EXISTS(payload, '$.plate')"
          + " OR JSON_EXISTS(payload, '$.originalPlate')"
          + " OR JSON_EXISTS(payload, '$.correctedPlate') OR JSON_EXISTS(payload, '$.plates'))";

  private final Jdbc jdbc;

  JdbcExpiredData(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public long count(ClassCutoff cutoff, boolean held) {
    String hold = held ? " AND " : " AND NOT ";
    String sql =
        switch (cutoff.dataClass()) {
          case PLATE_READS ->
              "SELECT COUNT(*) FROM received_event WHERE event_type = 'plate_read'"
                  + " AND occurred_at < ?"
                  + hold
                  + EVENT_HELD;
          case SESSION_PLATES ->
              "SELECT COUNT(*) FROM received_event WHERE event_type <>"
                  + " 'plate_read' AND occurred_at < ? AND "
                  + HAS_PLATE_FIELDS
                  + hold
                  + EVENT_HELD;
          case HOT_LIST_HITS ->
              "SELECT COUNT(*) FROM hot_list_hit WHERE read_at < ?" + hold + held("hot_list_hit");
          case EXPORTS ->
              "SELECT COUNT(*) FROM shared_record WHERE shared_at < ?"
                  + hold
                  + held("shared_record");
          default -> null;
        };
    if (sql == null) {
      return 0;
    }
    return jdbc.query(sql, s -> s.setObject(1, Jdbc.toColumn(cutoff.cutoff())), r -> r.getLong(1))
        .get(0);
  }

  @Override
  public int purgeChunk(ClassCutoff cutoff, int limit) {
    DataClass c = cutoff.dataClass();
    if (c == DataClass.PLATE_READS || c == DataClass.SESSION_PLATES) {
      for (String garage : garages()) {
        int n = purgeEvents(c, garage, cutoff, limit);
        if (n > 0) {
          return n;
        }
      }
      return 0;
    }
    String sql =
        c == DataClass.HOT_LIST_HITS
            ? "DELETE FROM hot_list_hit WHERE read_at < ? AND NOT "
                + held("hot_list_hit")
                + " LIMIT ?"
            : "DELETE FROM shared_record WHERE shared_at < ? AND NOT "
                + held("shared_record")
                + " LIMIT ?";
    return jdbc.update(
        sql,
        s -> {
          s.setObject(1, Jdbc.toColumn(cutoff.cutoff()));
          s.setInt(2, limit);
        });
  }

  private int purgeEvents(DataClass c, String garage, ClassCutoff cutoff, int limit) {
    String sql =
        c == DataClass.PLATE_READS
            ? "DELETE FROM received_event WHERE garage_id = ? AND occurred_at < ?"
                + " AND event_type = 'plate_read' AND NOT "
                + EVENT_HELD
                + " LIMIT ?"
            : "UPDATE received_event SET payload = JSON_REMOVE(payload, "
                + PLATE_PATHS
                + "), plate_fields = NULL, plate_hash = NULL"
                + " WHERE garage_id = ? AND occurred_at < ? AND event_type <> 'plate_read' AND "
                + HAS_PLATE_FIELDS
                + " AND NOT "
                + EVENT_HELD
                + " LIMIT ?";
    return jdbc.update(
        sql,
        s -> {
          s.setString(1, garage);
          s.setObject(2, Jdbc.toColumn(cutoff.cutoff()));
          s.setInt(3, limit);
        });
  }

  private List<String> garages() {
    return jdbc.query("SELECT id FROM garage ORDER BY id", s -> {}, r -> r.getString(1));
  }

  /** A hit or a released record that an active hold names, by plate or by read. */
  private static String held(String table) {
    return "EXISTS (SELECT 1 FROM legal_hold h WHERE h.released_at IS NULL AND ("
        + "(h.target_kind = 'PLATE' AND h.target_hash = "
        + table
        + ".plate_hash) OR (h.target_kind = 'READ' AND h.target COLLATE utf8mb4_bin = CAST("
        + table
        + ".read_event_id AS CHAR))))";
  }
}
