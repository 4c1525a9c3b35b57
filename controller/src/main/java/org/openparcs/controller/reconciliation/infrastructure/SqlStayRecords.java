package org.openparcs.controller.reconciliation.infrastructure;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openparcs.controller.reconciliation.model.GarageRecords.PermitStay;
import org.openparcs.controller.reconciliation.model.GarageRecords.PlateMismatch;
import org.openparcs.controller.reconciliation.model.GarageRecords.StaleStay;
import org.openparcs.controller.reconciliation.model.GarageRecords.TwoPlaces;
import org.openparcs.controller.reconciliation.model.Period;
import org.openparcs.controller.shared.infrastructure.Sql;

/** Questions about stays and plate reads: stale stays, permit overlaps, plates that changed. */
final class SqlStayRecords {

  private final Connection c;
  private final String garage;

  SqlStayRecords(Connection c, String garage) {
    this.c = c;
    this.garage = garage;
  }

  List<StaleStay> staysOpenSince(Instant enteredBefore) {
    return Rows.list(
        c,
        "stays without exit",
        "SELECT id, plate, permit_id, entry_decision_id, tariff_version, entered_at"
            + " FROM parking_session WHERE garage_id = ? AND open_plate IS NOT NULL"
            + " AND entered_at < ?",
        rs ->
            new StaleStay(
                Sql.getUuid(rs, "id"),
                rs.getString("plate"),
                Sql.getUuid(rs, "permit_id"),
                Sql.getUuid(rs, "entry_decision_id"),
                rs.getString("tariff_version"),
                Sql.getInstant(rs, "entered_at")),
        garage,
        enteredBefore);
  }

  /** Permit stays that overlap another stay of the same permit within the period. */
  List<PermitStay> overlappingPermitStays(Period p) {
    return Rows.list(
        c,
        "overlapping permit stays",
        "SELECT a.permit_id, a.id, a.plate, a.tariff_version, a.entered_at, a.exited_at"
            + " FROM parking_session a WHERE a.garage_id = ? AND a.permit_id IS NOT NULL"
            + " AND a.entered_at < ? AND (a.exited_at IS NULL OR a.exited_at > ?)"
            + " AND EXISTS (SELECT 1 FROM parking_session b WHERE b.garage_id = a.garage_id"
            + " AND b.permit_id = a.permit_id AND b.id <> a.id"
            + " AND b.entered_at < COALESCE(a.exited_at, ?)"
            + " AND a.entered_at < COALESCE(b.exited_at, ?))",
        rs ->
            new PermitStay(
                Sql.getUuid(rs, "permit_id"),
                Sql.getUuid(rs, "id"),
                rs.getString("plate"),
                rs.getString("tariff_version"),
                Sql.getInstant(rs, "entered_at"),
                Sql.getInstant(rs, "exited_at")),
        garage,
        p.to(),
        p.from(),
        p.to(),
        p.to());
  }

  List<PlateMismatch> exitPlateMismatches(Period p) {
    return Rows.list(
        c,
        "exit plates",
        "SELECT s.id, s.permit_id, s.plate, d.plate AS exit_plate, s.exit_decision_id,"
            + " d.plate_read_id, s.tariff_version, s.entered_at, s.exited_at"
            + " FROM parking_session s JOIN access_decision d ON d.id = s.exit_decision_id"
            + " WHERE s.garage_id = ? AND s.exited_at >= ? AND s.exited_at < ?"
            + " AND d.plate <> s.plate",
        rs ->
            new PlateMismatch(
                Sql.getUuid(rs, "id"),
                Sql.getUuid(rs, "permit_id"),
                rs.getString("plate"),
                rs.getString("exit_plate"),
                Sql.getUuid(rs, "exit_decision_id"),
                Sql.getUuid(rs, "plate_read_id"),
                rs.getString("tariff_version"),
                Sql.getInstant(rs, "entered_at"),
                Sql.getInstant(rs, "exited_at")),
        garage,
        p.from(),
        p.to());
  }

  /** Consecutive reads of a plate at two lanes of one direction, within the window. */
  List<TwoPlaces> plateInTwoPlaces(Period p, Duration window) {
    return Rows.list(
        c,
        "plates in two places",
        "SELECT * FROM (SELECT r.id, r.plate, r.lane_id, r.received_at, l.direction,"
            + " LAG(r.id) OVER w AS prev_id, LAG(r.lane_id) OVER w AS prev_lane,"
            + " LAG(r.received_at) OVER w AS prev_at, LAG(l.direction) OVER w AS prev_dir"
            + " FROM plate_read r JOIN lane l ON l.id = r.lane_id"
            + " WHERE r.garage_id = ? AND r.received_at >= ? AND r.received_at < ?"
            + " WINDOW w AS (PARTITION BY r.plate ORDER BY r.received_at)) x"
            + " WHERE prev_lane <> lane_id AND prev_dir = direction AND received_at >= ?"
            + " AND received_at <= prev_at + INTERVAL ? MICROSECOND",
        rs ->
            new TwoPlaces(
                rs.getString("plate"),
                Sql.getUuid(rs, "prev_id"),
                rs.getString("prev_lane"),
                Sql.getInstant(rs, "prev_at"),
                Sql.getUuid(rs, "id"),
                rs.getString("lane_id"),
                Sql.getInstant(rs, "received_at")),
        garage,
        p.from().minus(window),
        p.to(),
        p.from(),
        window.toNanos() / 1000);
  }
}
