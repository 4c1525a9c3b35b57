package org.openparcs.controller.protection.infrastructure;

import java.util.List;

/**
 * A garage table with sealed columns, as the re-key walks it (by its UUID id).
 *
 * @param table the table
 * @param columns its sealed columns
 */
record SealedTable(String table, List<Column> columns) {

  /**
   * One sealed column.
   *
   * @param sealed the column holding the sealed value
   * @param context the context it is sealed for ({@link SealedContexts})
   * @param hash its lookup-hash column, or null
   * @param foldedHash its column of the folded plate's hash (O as 0, I as 1), or null
   */
  record Column(String sealed, String context, String hash, String foldedHash) {
    Column(String sealed, String context, String hash) {
      this(sealed, context, hash, null);
    }
  }

  /**
   * The garage's sealed tables (POLICY K1): V100 plate reads, V101 permits, V110 sessions,
   * decisions, payments and exit-entry decisions.
   */
  static final List<SealedTable> GARAGE =
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
                  new Column(
                      "plate_sealed",
                      SealedContexts.SESSION_PLATE,
                      "plate_hash",
                      "plate_folded_hash"))),
          new SealedTable(
              "access_decision",
              List.of(
                  new Column("plate_sealed", SealedContexts.DECISION_PLATE, "plate_hash"),
                  new Column("matched_plate_sealed", SealedContexts.DECISION_MATCHED_PLATE, null),
                  new Column("tied_plates_sealed", SealedContexts.DECISION_TIED_PLATES, null))),
          new SealedTable(
              "payment",
              List.of(new Column("plate_sealed", SealedContexts.PAYMENT_PLATE, "plate_hash"))),
          new SealedTable(
              "exit_entry_decision",
              List.of(
                  new Column("entry_plate_sealed", SealedContexts.EXIT_ENTRY_PLATE, null),
                  new Column("exit_plate_sealed", SealedContexts.EXIT_EXIT_PLATE, null))));
}
