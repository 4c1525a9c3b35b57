package org.openparcs.protection;

import java.util.List;

/**
 * A store's column of sealed values (with its lookup-hash column, if searched), as the re-key walks
 * it. Implemented in each store's infrastructure over JDBC.
 */
public interface SealedColumn {

  /** A name for counts and logs, e.g. {@code "plate_read.plate"}. */
  String name();

  /** The context the values are sealed for. */
  String context();

  /** Whether the column has a lookup hash to keep current. */
  boolean hashed();

  /** The normalised form a hash is made of; the identity for columns that hold it already. */
  default String lookupForm(String opened) {
    return opened;
  }

  /**
   * Up to {@code limit} rows with id greater than {@code afterId}, ordered by id. A store may leave
   * out rows it knows are current (e.g. {@code LEFT(col, n) = currentPrefix} when no lookup-key
   * rotation is pending).
   */
  List<SealedRow> batchAfter(long afterId, int limit, boolean includeCurrent);

  /** Writes new sealed values and hashes for these rows (same ids). */
  void rewrite(List<SealedRow> rows);
}
