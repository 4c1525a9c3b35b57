package org.openparcs.controller.protection.infrastructure;

import java.util.List;

/**
 * A garage table with sealed columns (POLICY K1), as the re-key ({@link GarageRekey}) and the
 * converter of clear rows ({@link ClearRowsConverter}) walk it: in batches ordered by its key.
 *
 * @param table the table
 * @param key its primary key column (a UUID or a number), the order of the batches
 * @param columns its sealed columns
 */
public record SealedTable(String table, String key, List<Column> columns) {

  /**
   * One sealed column.
   *
   * @param sealed the column holding the sealed value
   * @param context the context it is sealed for ({@link SealedContexts})
   * @param hash its lookup-hash column (HMAC of the opened value), or null
   * @param clear the column the old schema kept the value in, in clear, which the converter seals
   *     and empties; null when the migration left none
   */
  public record Column(String sealed, String context, String hash, String clear) {
    public Column(String sealed, String context, String hash) {
      this(sealed, context, hash, null);
    }
  }

  /** A table keyed by its {@code id}. */
  public SealedTable(String table, List<Column> columns) {
    this(table, "id", columns);
  }

  /** Whether the old schema left values in clear here for the converter. */
  public boolean hasClearColumns() {
    return columns.stream().anyMatch(c -> c.clear() != null);
  }

  /**
   * The garage's sealed tables (POLICY K1). V100 plate reads and V101 permits dropped their clear
   * columns (their schema started empty); V115 kept the clear columns of corrections, exception
   * details, outbox payloads, purge orders and finding summaries for the converter.
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
              "plate_correction",
              List.of(
                  new Column(
                      "original_sealed",
                      SealedContexts.CORRECTION_ORIGINAL,
                      "original_hash",
                      "original_text"),
                  new Column(
                      "corrected_sealed",
                      SealedContexts.CORRECTION_CORRECTED,
                      "corrected_hash",
                      "corrected_text"))),
          new SealedTable(
              "lane_exception",
              List.of(
                  new Column("detail_sealed", SealedContexts.EXCEPTION_DETAIL, null, "detail"))),
          new SealedTable(
              "outbox",
              "seq",
              List.of(
                  new Column("payload_sealed", SealedContexts.OUTBOX_PAYLOAD, null, "payload"))),
          new SealedTable(
              "garage_purge",
              "order_id",
              List.of(new Column("order_sealed", SealedContexts.PURGE_ORDER, null, "order_json"))),
          new SealedTable(
              "reconciliation_finding",
              List.of(
                  new Column("summary_sealed", SealedContexts.FINDING_SUMMARY, null, "summary"))));
}
