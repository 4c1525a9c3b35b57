package org.openparcs.controller.bench;

import java.time.Instant;
import java.util.UUID;

/** The garage tables the generator writes, with their columns in the order sinks receive. */
public final class GarageRows {

  /** A table and its columns. */
  public enum Table {
    PERMIT("permit", "id, garage_id, plate, holder, kind, valid_from, valid_to, created_at"),
    PLATE_READ(
        "plate_read",
        "id, garage_id, lane_id, camera_id, plate, raw_plate, confidence, source, captured_at,"
            + " received_at"),
    ACCESS_DECISION(
        "access_decision",
        "id, garage_id, lane_id, plate_read_id, plate, outcome, rule, reason, permit_id,"
            + " decided_at"),
    GATE_EVENT("gate_event", "id, garage_id, lane_id, type, decision_id, detail, occurred_at"),
    PARKING_SESSION(
        "parking_session",
        "id, garage_id, plate, permit_id, entry_lane_id, entry_decision_id, entered_at,"
            + " exit_lane_id, exit_decision_id, exited_at, tariff_version"),
    PAYMENT(
        "payment",
        "id, garage_id, session_id, kind, source, amount_minor, currency, method, terminal_id,"
            + " cashier, lane_id, reference, original_id, lost_ticket, override_reason,"
            + " quoted_minor, tariff_version, plate, occurred_at, recorded_at"),
    VALIDATION(
        "validation",
        "id, garage_id, session_id, merchant, kind, free_minutes, amount_minor, basis_points,"
            + " cap_minor, currency, reference, validated_at");

    private final String name;
    private final String columns;

    Table(String name, String columns) {
      this.name = name;
      this.columns = columns;
    }

    public String tableName() {
      return name;
    }

    public String columns() {
      return columns;
    }

    public int width() {
      return columns.split(",").length;
    }
  }

  private GarageRows() {}

  /** A payment row's values. */
  public record PaymentRow(
      UUID id,
      UUID session,
      String kind,
      String source,
      long amount,
      String method,
      String terminal,
      String cashier,
      String lane,
      String reference,
      UUID original,
      boolean lostTicket,
      String override,
      Long quoted,
      String plate,
      Instant at) {}
}
