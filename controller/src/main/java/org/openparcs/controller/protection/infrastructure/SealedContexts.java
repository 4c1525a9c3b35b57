package org.openparcs.controller.protection.infrastructure;

/**
 * The AAD context of each sealed garage column (POLICY K1): a value sealed for one column fails to
 * open in another.
 */
public final class SealedContexts {
  public static final String FRAME_IMAGE = "garage.plate_frame.image";
  public static final String OUTBOX_PAYLOAD = "garage.outbox.payload";
  public static final String CORRECTION_ORIGINAL = "garage.plate_correction.original_text";
  public static final String CORRECTION_CORRECTED = "garage.plate_correction.corrected_text";
  public static final String EXCEPTION_DETAIL = "garage.lane_exception.detail";
  public static final String PURGE_ORDER = "garage.garage_purge.order_json";
  public static final String FINDING_SUMMARY = "garage.reconciliation_finding.summary";
  public static final String DATA_ACCESS_ASKED = "garage.plate_data_access.asked";

  /** The fields of the garage's decision journal lines (a file, not a column). */
  public static final String DECISION_JOURNAL = "garage.decision_journal";

  public static final String SESSION_PLATE = of("parking_session", "plate");
  public static final String DECISION_PLATE = of("access_decision", "plate");
  public static final String DECISION_MATCHED_PLATE = of("access_decision", "matched_plate");
  public static final String DECISION_TIED_PLATES = of("access_decision", "tied_plates");
  public static final String PAYMENT_PLATE = of("payment", "plate");
  public static final String EXIT_ENTRY_PLATE = of("exit_entry_decision", "entry_plate");
  public static final String EXIT_EXIT_PLATE = of("exit_entry_decision", "exit_plate");
  // V140: operator free text, which can name a plate.
  public static final String GATE_EVENT_DETAIL = of("gate_event", "detail");
  public static final String LANE_MODE_REASON = of("lane_mode_change", "reason");
  public static final String DISPOSITION_NOTE = of("finding_disposition", "note");
  public static final String CORRECTION_REASON = of("plate_correction", "reason");
  public static final String EXIT_ENTRY_REASON = of("exit_entry_decision", "reason");
  public static final String OVERRIDE_REASON = of("payment", "override_reason");

  private SealedContexts() {}

  /** The context of {@code table.column}. */
  public static String of(String table, String column) {
    return "garage." + table + "." + column;
  }
}
