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
   */
  record Column(String sealed, String context, String hash) {}

  /** The garage's sealed tables (POLICY K1): V100 plate reads, V101 permits. */
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
              List.of(new Column("plate_sealed", SealedContexts.of("permit", "plate"), null))));
}
