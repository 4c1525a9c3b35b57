package org.openparcs.controller.reconciliation.infrastructure;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.reconciliation.model.GarageRecords.PermitStay;
import org.openparcs.controller.reconciliation.model.GarageRecords.PlateMismatch;
import org.openparcs.controller.reconciliation.model.GarageRecords.StaleStay;
import org.openparcs.controller.reconciliation.model.GarageRecords.TwoPlaces;
import org.openparcs.controller.reconciliation.model.Period;
import org.openparcs.controller.reconciliation.model.ReadPairs;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.protection.PlateCipher;

/** Questions about stays and plate reads: stale stays, permit overlaps, plates that changed. */
final class SqlStayRecords {

  private static final Instant EPOCH = Instant.parse("2000-01-01T00:00:00Z");

  private final Connection c;
  private final String garage;
  private final PlateCipher cipher;

  SqlStayRecords(Connection c, String garage, PlateCipher cipher) {
    this.c = c;
    this.garage = garage;
    this.cipher = cipher;
  }

  List<StaleStay> staysOpenSince(Instant enteredBefore) {
    return Rows.list(
        c,
        "stays without exit",
        "SELECT id, plate_sealed, permit_id, entry_decision_id, tariff_version, entered_at"
            + " FROM parking_session WHERE garage_id = ? AND open_plate_hash IS NOT NULL"
            + " AND entered_at < ?",
        rs ->
            new StaleStay(
                Sql.getUuid(rs, "id"),
                sessionPlate(rs, "plate_sealed"),
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
        "SELECT a.permit_id, a.id, a.plate_sealed, a.tariff_version, a.entered_at, a.exited_at"
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
                sessionPlate(rs, "plate_sealed"),
                rs.getString("tariff_version"),
                Sql.getInstant(rs, "entered_at"),
                Sql.getInstant(rs, "exited_at")),
        garage,
        p.to(),
        p.from(),
        p.to(),
        p.to());
  }

  /**
   * Stays whose exit decision names another plate, compared on the lookup hashes (POLICY K1); the
   * few that differ are opened and compared again, as two hashes differ during a lookup-key
   * rotation too.
   */
  List<PlateMismatch> exitPlateMismatches(Period p) {
    return Rows.list(
            c,
            "exit plates",
            // The pass runs on the covering index; only the few mismatches read their rows.
            "SELECT s.id, s.permit_id, s.plate_sealed, d.plate_sealed AS exit_plate_sealed,"
                + " s.exit_decision_id, d.plate_read_id, s.tariff_version, s.entered_at,"
                + " s.exited_at FROM (SELECT s.id, s.exit_decision_id"
                + " FROM parking_session s FORCE INDEX (session_exit_plate)"
                + " JOIN access_decision d ON d.id = s.exit_decision_id"
                + " WHERE s.garage_id = ? AND s.exited_at >= ? AND s.exited_at < ?"
                + " AND d.plate_hash <> s.plate_hash) x"
                + " JOIN parking_session s ON s.id = x.id"
                + " JOIN access_decision d ON d.id = x.exit_decision_id",
            this::mismatch,
            garage,
            p.from(),
            p.to())
        .stream()
        .filter(m -> !m.entryPlate().equals(m.exitPlate()))
        .toList();
  }

  private PlateMismatch mismatch(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new PlateMismatch(
        Sql.getUuid(rs, "id"),
        Sql.getUuid(rs, "permit_id"),
        sessionPlate(rs, "plate_sealed"),
        cipher.open(rs.getBytes("exit_plate_sealed"), SealedContexts.DECISION_PLATE),
        Sql.getUuid(rs, "exit_decision_id"),
        Sql.getUuid(rs, "plate_read_id"),
        rs.getString("tariff_version"),
        Sql.getInstant(rs, "entered_at"),
        Sql.getInstant(rs, "exited_at"));
  }

  private String sessionPlate(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
    return cipher.openNullable(rs.getBytes(column), SealedContexts.SESSION_PLATE);
  }

  /**
   * Reads streamed in time order from a covering index as (microseconds, plate hash, lane
   * position), paired by {@link ReadPairs} on the hash (POLICY K1: the plate is sealed); the ids of
   * the reads in the few pairs found, and their plate, are looked up after.
   */
  List<TwoPlaces> plateInTwoPlaces(Period p, Duration window) {
    Map<String, String> directions = new HashMap<>();
    List<String> lanes = new ArrayList<>();
    Rows.list(
        c,
        "lanes",
        "SELECT id, direction FROM lane WHERE garage_id = ? ORDER BY id",
        rs ->
            lanes.add(rs.getString("id"))
                && directions.put(rs.getString("id"), rs.getString("direction")) == null,
        garage);
    if (lanes.isEmpty()) {
      return List.of();
    }
    ReadPairs pairs = new ReadPairs(p, window, directions);
    Rows.forEach(
        c,
        "plate reads",
        "SELECT TIMESTAMPDIFF(MICROSECOND, '2000-01-01', received_at) AS t, HEX(plate_hash),"
            + " FIELD(lane_id, "
            + Rows.placeholders(lanes.size())
            + ") AS k FROM plate_read"
            + " FORCE INDEX (plate_read_by_time_plate) WHERE garage_id = ? AND received_at >= ?"
            + " AND received_at < ? ORDER BY received_at",
        rs ->
            pairs.accept(
                null,
                rs.getString(2),
                lanes.get(rs.getInt(3) - 1),
                EPOCH.plus(rs.getLong(1), ChronoUnit.MICROS)),
        Rows.args(lanes, garage, p.from().minus(window), p.to()));
    return pairs.found().stream()
        .map(
            t -> {
              java.util.UUID first = readId(t.plate(), t.firstLane(), t.firstAt());
              return new TwoPlaces(
                  plateOf(first),
                  first,
                  t.firstLane(),
                  t.firstAt(),
                  readId(t.plate(), t.secondLane(), t.secondAt()),
                  t.secondLane(),
                  t.secondAt());
            })
        .toList();
  }

  private String plateOf(java.util.UUID readId) {
    return cipher.open(
        Rows.list(
                c,
                "a plate read's plate",
                "SELECT plate_sealed FROM plate_read WHERE id = ? LIMIT 1",
                rs -> rs.getBytes(1),
                readId)
            .get(0),
        SealedContexts.of("plate_read", "plate"));
  }

  private java.util.UUID readId(String plateHashHex, String lane, Instant at) {
    return Rows.list(
            c,
            "a plate read",
            "SELECT id FROM plate_read FORCE INDEX (plate_read_by_time_plate) WHERE garage_id = ?"
                + " AND received_at = ? AND plate_hash = UNHEX(?) AND lane_id = ? ORDER BY id"
                + " LIMIT 1",
            rs -> Sql.getUuid(rs, "id"),
            garage,
            at,
            plateHashHex,
            lane)
        .get(0);
  }
}
