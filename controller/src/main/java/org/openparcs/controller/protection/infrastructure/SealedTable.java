package org.openparcs.controller.protection.infrastructure;

import java.util.List;

/**
 * A garage table with sealed columns (POLICY K1), as the re-key ({@link GarageRekey}) and the
 * converter of rows left in clear ({@link ClearPlates}) walk it: in batches ordered by its key.
 *
 * @param table the table
 * @param key its primary key column (a UUID or a number), the order of the batches
 * @param columns its sealed columns
 */
public record SealedTable(String table, String key, List<Column> columns) {

  /** A table keyed by its {@code id}. */
  public SealedTable(String table, List<Column> columns) {
    this(table, "id", columns);
  }

  /**
   * One sealed column.
   *
   * @param sealed the column holding the sealed value
   * @param context the context it is sealed for ({@link SealedContexts})
   * @param hash its lookup-hash column, or null
   * @param foldedHash its column of the folded plate's hash (O as 0, I as 1), or null
   * @param clear where an older schema left the value in clear, for the converter; or null
   */
  public record Column(String sealed, String context, String hash, String foldedHash, Clear clear) {

    public Column(String sealed, String context, String hash) {
      this(sealed, context, hash, null, null);
    }

    /** The same, with the folded plate's hash kept in {@code column}. */
    public Column withFoldedHash(String column) {
      return new Column(sealed, context, hash, column, clear);
    }

    /** The same, converted from {@code column} where an older schema left it in clear. */
    public Column convertedFrom(String column) {
      return convertedFrom(column, "");
    }

    /** The same, converted from {@code column} on the rows matching {@code only} (SQL). */
    public Column convertedFrom(String column, String only) {
      return new Column(sealed, context, hash, foldedHash, new Clear(column, only));
    }
  }

  /**
   * A clear column of an older schema: the converter seals what it holds and empties it.
   *
   * @param column the clear column
   * @param only a condition on the rows whose value there is a plate to seal, or ""
   */
  public record Clear(String column, String only) {}

  /** Whether an older schema left values in clear here, for the converter. */
  public boolean hasClearColumns() {
    return columns.stream().anyMatch(c -> c.clear() != null);
  }

  /**
   * The garage's sealed tables (POLICY K1): V100 plate reads, V101 permits (their clear columns
   * were dropped: those schemas started empty), V110 sessions, decisions, payments and exit-entry
   * decisions (clear columns kept as legacy_*), V115 corrections, exception details, outbox
   * payloads, purge orders and finding summaries (clear columns kept, nullable), V135 what each
   * recorded access to plate data asked (V121 kept it in {@code resource} with its query), V140
   * operators' free text (gate event details, lane mode reasons, disposition notes, correction,
   * exit decision and override reasons; clear columns kept, nullable).
   */
  public static final List<SealedTable> GARAGE =
      List.of(
          new SealedTable(
              "plate_read",
              List.of(
                  new Column(
                      "plate_sealed", SealedContexts.of("plate_read", "plate"), "plate_hash"),
                  new Column(
                      "raw_plate_sealed", SealedContexts.of("plate_read", "raw_plate"), null))),
          new SealedTable(
              "plate_read_kept",
              List.of(
                  new Column(
                      "plate_sealed", SealedContexts.of("plate_read", "plate"), "plate_hash"),
                  new Column(
                      "raw_plate_sealed", SealedContexts.of("plate_read", "raw_plate"), null))),
          new SealedTable(
              "permit",
              List.of(new Column("plate_sealed", SealedContexts.of("permit", "plate"), null))),
          new SealedTable(
              "parking_session",
              List.of(
                  new Column("plate_sealed", SealedContexts.SESSION_PLATE, "plate_hash")
                      .withFoldedHash("plate_folded_hash")
                      .convertedFrom("legacy_plate"))),
          new SealedTable(
              "access_decision",
              List.of(
                  new Column("plate_sealed", SealedContexts.DECISION_PLATE, "plate_hash")
                      .convertedFrom("legacy_plate"),
                  new Column("matched_plate_sealed", SealedContexts.DECISION_MATCHED_PLATE, null)
                      .convertedFrom("legacy_matched_plate"),
                  // Before V110 the plates an AMBIGUOUS match tied were written into match_detail.
                  new Column("tied_plates_sealed", SealedContexts.DECISION_TIED_PLATES, null)
                      .convertedFrom("match_detail", "plate_match = 'AMBIGUOUS'"))),
          new SealedTable(
              "payment",
              List.of(
                  new Column("plate_sealed", SealedContexts.PAYMENT_PLATE, "plate_hash")
                      .convertedFrom("legacy_plate"),
                  new Column("override_reason_sealed", SealedContexts.OVERRIDE_REASON, null)
                      .convertedFrom("override_reason"))),
          new SealedTable(
              "exit_entry_decision",
              List.of(
                  new Column("entry_plate_sealed", SealedContexts.EXIT_ENTRY_PLATE, null)
                      .convertedFrom("legacy_entry_plate"),
                  new Column("exit_plate_sealed", SealedContexts.EXIT_EXIT_PLATE, null)
                      .convertedFrom("legacy_exit_plate"),
                  new Column("reason_sealed", SealedContexts.EXIT_ENTRY_REASON, null)
                      .convertedFrom("reason"))),
          new SealedTable(
              "plate_correction",
              List.of(
                  new Column("original_sealed", SealedContexts.CORRECTION_ORIGINAL, "original_hash")
                      .convertedFrom("original_text"),
                  new Column(
                          "corrected_sealed", SealedContexts.CORRECTION_CORRECTED, "corrected_hash")
                      .convertedFrom("corrected_text"),
                  new Column("reason_sealed", SealedContexts.CORRECTION_REASON, null)
                      .convertedFrom("reason"))),
          new SealedTable(
              "lane_exception",
              List.of(
                  new Column("detail_sealed", SealedContexts.EXCEPTION_DETAIL, null)
                      .convertedFrom("detail"))),
          new SealedTable(
              "outbox",
              "seq",
              List.of(
                  new Column("payload_sealed", SealedContexts.OUTBOX_PAYLOAD, null)
                      .convertedFrom("payload"))),
          new SealedTable(
              "garage_purge",
              "order_id",
              List.of(
                  new Column("order_sealed", SealedContexts.PURGE_ORDER, null)
                      .convertedFrom("order_json"))),
          new SealedTable(
              "reconciliation_finding",
              List.of(
                  new Column("summary_sealed", SealedContexts.FINDING_SUMMARY, null)
                      .convertedFrom("summary"))),
          new SealedTable(
              "plate_data_access",
              List.of(
                  new Column("asked_sealed", SealedContexts.DATA_ACCESS_ASKED, null)
                      .convertedFrom("resource", "resource LIKE '%?%'"))),
          new SealedTable(
              "gate_event",
              List.of(
                  new Column("detail_sealed", SealedContexts.GATE_EVENT_DETAIL, null)
                      .convertedFrom("detail"))),
          new SealedTable(
              "lane_mode_change",
              List.of(
                  new Column("reason_sealed", SealedContexts.LANE_MODE_REASON, null)
                      .convertedFrom("reason"))),
          new SealedTable(
              "finding_disposition",
              List.of(
                  new Column("note_sealed", SealedContexts.DISPOSITION_NOTE, null)
                      .convertedFrom("note"))));
}
