package org.openparcs.controller.reconciliation.infrastructure;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openparcs.controller.reconciliation.model.GarageRecords.CrowdedOpening;
import org.openparcs.controller.reconciliation.model.GarageRecords.ExitWithoutEntry;
import org.openparcs.controller.reconciliation.model.GarageRecords.GateRecord;
import org.openparcs.controller.reconciliation.model.Period;
import org.openparcs.controller.shared.infrastructure.Sql;

/**
 * Gate-event questions as window functions over one lane's events in time order: each authorised
 * opening starts a cycle; lifts and passages are judged by the cycle they fall in. A lane that
 * reports VEHICLE_COUNTED is counted by it; other lanes by their safety loop clearing (one vehicle
 * leaves the loop under the barrier once).
 */
final class SqlGateRecords {

  private final Connection c;
  private final String garage;

  SqlGateRecords(Connection c, String garage) {
    this.c = c;
    this.garage = garage;
  }

  List<GateRecord> unexplainedOpenings(Period p, Duration window, Set<String> auth) {
    List<String> counted = countedLanes(p, window);
    String sql =
        "SELECT id, lane_id, type, occurred_at FROM ("
            + cycles(auth, counted)
            + ") g WHERE NOT is_open AND occurred_at >= ?"
            + " AND (opened_at IS NULL OR occurred_at > opened_at + INTERVAL ? MICROSECOND)";
    return Rows.list(
        c,
        "gate openings",
        sql,
        rs ->
            new GateRecord(
                Sql.getUuid(rs, "id"),
                rs.getString("lane_id"),
                rs.getString("type"),
                Sql.getInstant(rs, "occurred_at")),
        garage,
        p.from().minus(window),
        p.to(),
        p.from(),
        micros(window));
  }

  List<CrowdedOpening> crowdedOpenings(Period p, Duration window, Set<String> auth) {
    List<String> counted = countedLanes(p, window);
    String sql =
        "SELECT lane_id, MIN(opened_at) AS opened_at, GROUP_CONCAT(id ORDER BY occurred_at) AS ids"
            + " FROM ("
            + cycles(auth, counted)
            + ") g WHERE NOT is_open AND type <> 'ARM_UP' AND opened_at IS NOT NULL"
            + " AND occurred_at <= opened_at + INTERVAL ? MICROSECOND"
            + " GROUP BY lane_id, cycle HAVING COUNT(*) > 1 AND MIN(opened_at) >= ?";
    List<CrowdedOpening> found = new ArrayList<>();
    for (CrowdedOpening o :
        Rows.list(
            c,
            "crowded gate openings",
            sql,
            rs ->
                new CrowdedOpening(
                    null,
                    rs.getString("lane_id"),
                    Sql.getInstant(rs, "opened_at"),
                    Rows.ids(rs, "ids")),
            garage,
            p.from(),
            p.to().plus(window),
            micros(window),
            p.from())) {
      if (o.at().isBefore(p.to())) {
        found.add(new CrowdedOpening(openingId(o, auth), o.lane(), o.at(), o.passages()));
      }
    }
    return found;
  }

  List<ExitWithoutEntry> exitsWithoutEntry(Period p) {
    return Rows.list(
        c,
        "exits without entry",
        "SELECT g.id, g.decision_id, d.plate_read_id, d.plate, g.lane_id, d.permit_id,"
            + " g.occurred_at FROM gate_event g"
            + " JOIN lane l ON l.id = g.lane_id AND l.direction = 'EXIT'"
            + " JOIN access_decision d ON d.id = g.decision_id"
            + " WHERE g.garage_id = ? AND g.type = 'VEND' AND g.occurred_at >= ?"
            + " AND g.occurred_at < ? AND NOT EXISTS (SELECT 1 FROM parking_session s"
            + " WHERE s.exit_decision_id = g.decision_id)",
        rs ->
            new ExitWithoutEntry(
                Sql.getUuid(rs, "id"),
                Sql.getUuid(rs, "decision_id"),
                Sql.getUuid(rs, "plate_read_id"),
                rs.getString("plate"),
                rs.getString("lane_id"),
                Sql.getUuid(rs, "permit_id"),
                Sql.getInstant(rs, "occurred_at")),
        garage,
        p.from(),
        p.to());
  }

  /**
   * Each relevant event with: is_open (an authorised opening), cycle (openings so far on the lane)
   * and opened_at (time of the latest opening). Arguments: garage, from, to. The type names and
   * lane ids are inlined as literals: both are checked against [A-Za-z0-9._-] first.
   */
  private static String cycles(Set<String> auth, List<String> counted) {
    String open = "type IN (" + literals(auth) + ")";
    String countedIn = counted.isEmpty() ? "''" : literals(counted);
    return "SELECT id, lane_id, type, occurred_at, "
        + open
        + " AS is_open,"
        + " SUM("
        + open
        + ") OVER w AS cycle,"
        + " MAX(IF("
        + open
        + ", occurred_at, NULL)) OVER w AS opened_at"
        + " FROM gate_event WHERE garage_id = ? AND occurred_at >= ? AND occurred_at < ?"
        + " AND ("
        + open
        + " OR type = 'ARM_UP'"
        + " OR (type = 'VEHICLE_COUNTED' AND lane_id IN ("
        + countedIn
        + "))"
        + " OR (type = 'SAFETY_LOOP_CLEARED' AND lane_id NOT IN ("
        + countedIn
        + ")))"
        + " WINDOW w AS (PARTITION BY lane_id ORDER BY occurred_at, "
        + open
        + " DESC"
        + " ROWS UNBOUNDED PRECEDING)";
  }

  private static String literals(java.util.Collection<String> values) {
    StringBuilder b = new StringBuilder();
    for (String v : values) {
      if (!v.matches("[A-Za-z0-9._-]{1,64}")) {
        throw new IllegalArgumentException("not a gate event type or lane id: " + v);
      }
      b.append(b.length() == 0 ? "" : ",").append('\'').append(v).append('\'');
    }
    return b.toString();
  }

  private List<String> countedLanes(Period p, Duration window) {
    return Rows.list(
        c,
        "vehicle-counting lanes",
        "SELECT DISTINCT lane_id FROM gate_event WHERE garage_id = ? AND type = 'VEHICLE_COUNTED'"
            + " AND occurred_at >= ? AND occurred_at < ?",
        rs -> rs.getString(1),
        garage,
        p.from().minus(window),
        p.to().plus(window));
  }

  private java.util.UUID openingId(CrowdedOpening o, Set<String> auth) {
    return Rows.list(
            c,
            "a gate opening",
            "SELECT id FROM gate_event WHERE lane_id = ? AND occurred_at = ? AND type IN ("
                + literals(auth)
                + ") ORDER BY id LIMIT 1",
            rs -> Sql.getUuid(rs, "id"),
            o.lane(),
            o.at())
        .get(0);
  }

  private static long micros(Duration d) {
    return d.toNanos() / 1000;
  }
}
