package org.openparcs.controller.reconciliation.infrastructure;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.reconciliation.model.GarageRecords.CrowdedOpening;
import org.openparcs.controller.reconciliation.model.GarageRecords.ExitWithoutEntry;
import org.openparcs.controller.reconciliation.model.GarageRecords.GateRecord;
import org.openparcs.controller.reconciliation.model.GateCycles;
import org.openparcs.controller.reconciliation.model.Period;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.protection.PlateCipher;

/**
 * Gate-event questions. Vend cycles are sequential by nature (each opening closes the previous
 * cycle), so each lane's events are streamed once in time order from the covering index
 * gate_event_cycle and walked by {@link GateCycles}: linear in the events. (MariaDB's window
 * functions recompute MAX over a growing frame for every row, which is quadratic per lane.)
 */
final class SqlGateRecords {

  private static final Instant EPOCH = Instant.parse("2000-01-01T00:00:00Z");

  private final Connection c;
  private final String garage;
  private GateCycles cycles;
  private String cyclesKey;

  private final PlateCipher cipher;

  SqlGateRecords(Connection c, String garage, PlateCipher cipher) {
    this.c = c;
    this.garage = garage;
    this.cipher = cipher;
  }

  List<GateRecord> unexplainedOpenings(Period p, Duration window, Set<String> auth) {
    return cycles(p, window, auth).unexplained();
  }

  List<CrowdedOpening> crowdedOpenings(Period p, Duration window, Set<String> auth) {
    return cycles(p, window, auth).crowded();
  }

  private GateCycles cycles(Period p, Duration window, Set<String> auth) {
    String key = p + "/" + window + "/" + auth;
    if (!key.equals(cyclesKey)) {
      cycles = withIds(walk(p, window, auth));
      cyclesKey = key;
    }
    return cycles;
  }

  /**
   * Streams each lane's events as two numbers (microseconds since 2000 and the type's position in
   * {@code types}): the walk needs no more, and the ids of the few events it flags are looked up
   * afterwards.
   */
  private GateCycles walk(Period p, Duration window, Set<String> auth) {
    GateCycles walk = new GateCycles(p, window, auth);
    List<String> lanes =
        Rows.list(
            c,
            "lanes",
            "SELECT id FROM lane WHERE garage_id = ? ORDER BY id",
            rs -> rs.getString(1),
            garage);
    List<String> types = new ArrayList<>(auth);
    types.addAll(List.of("ARM_UP", "VEHICLE_COUNTED", "SAFETY_LOOP_CLEARED"));
    String in = Rows.placeholders(types.size());
    for (String lane : lanes) {
      Rows.forEach(
          c,
          "gate events of lane " + lane,
          "SELECT TIMESTAMPDIFF(MICROSECOND, '2000-01-01', occurred_at) AS t,"
              + " FIELD(type, "
              + in
              + ") AS k FROM gate_event FORCE INDEX (gate_event_cycle)"
              + " WHERE lane_id = ? AND occurred_at >= ? AND occurred_at < ? AND type IN ("
              + in
              + ") ORDER BY occurred_at",
          rs ->
              walk.accept(
                  null,
                  lane,
                  types.get(rs.getInt(2) - 1),
                  EPOCH.plus(rs.getLong(1), ChronoUnit.MICROS)),
          Rows.args(types, lane, p.from().minus(window), p.to().plus(window), types));
      walk.endLane();
    }
    return walk;
  }

  /** The flagged events with their ids (looked up by lane, time and type). */
  private GateCycles withIds(GateCycles walked) {
    walked.identify(e -> eventId(e.lane(), e.type(), e.at()));
    return walked;
  }

  private UUID eventId(String lane, String type, Instant at) {
    return Rows.list(
            c,
            "a gate event",
            "SELECT id FROM gate_event FORCE INDEX (gate_event_cycle) WHERE lane_id = ?"
                + " AND occurred_at = ? AND type = ? ORDER BY id LIMIT 1",
            rs -> Sql.getUuid(rs, "id"),
            lane,
            at,
            type)
        .get(0);
  }

  /**
   * Exit vends whose decision closed no session: an anti-join over the covering index
   * gate_event_vends; the few found are then completed with their decision.
   */
  List<ExitWithoutEntry> exitsWithoutEntry(Period p) {
    List<String> exits =
        Rows.list(
            c,
            "exit lanes",
            "SELECT id FROM lane WHERE garage_id = ? AND direction = 'EXIT'",
            rs -> rs.getString(1),
            garage);
    if (exits.isEmpty()) {
      return List.of();
    }
    List<ExitWithoutEntry> vends =
        Rows.list(
            c,
            "exits without entry",
            "SELECT g.id, g.decision_id, g.lane_id, g.occurred_at"
                + " FROM gate_event g FORCE INDEX (gate_event_vends)"
                + " LEFT JOIN parking_session s ON s.exit_decision_id = g.decision_id"
                + " WHERE g.garage_id = ? AND g.type = 'VEND' AND g.occurred_at >= ?"
                + " AND g.occurred_at < ? AND g.lane_id IN ("
                + Rows.placeholders(exits.size())
                + ") AND s.id IS NULL",
            rs ->
                new ExitWithoutEntry(
                    Sql.getUuid(rs, "id"),
                    Sql.getUuid(rs, "decision_id"),
                    null,
                    null,
                    rs.getString("lane_id"),
                    null,
                    Sql.getInstant(rs, "occurred_at")),
            Rows.args(garage, p.from(), p.to(), exits));
    return vends.stream().filter(v -> v.decisionId() != null).map(this::withDecision).toList();
  }

  private ExitWithoutEntry withDecision(ExitWithoutEntry v) {
    return Rows.list(
            c,
            "an exit decision",
            "SELECT plate_read_id, plate_sealed, permit_id FROM access_decision WHERE id = ?",
            rs ->
                new ExitWithoutEntry(
                    v.gateEventId(),
                    v.decisionId(),
                    Sql.getUuid(rs, "plate_read_id"),
                    cipher.openNullable(rs.getBytes("plate_sealed"), SealedContexts.DECISION_PLATE),
                    v.lane(),
                    Sql.getUuid(rs, "permit_id"),
                    v.at()),
            v.decisionId())
        .get(0);
  }
}
