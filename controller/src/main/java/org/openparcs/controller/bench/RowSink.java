package org.openparcs.controller.bench;

/** Where generated rows go. Each table's values come in the column order of {@link GarageRows}. */
public interface RowSink {

  void add(GarageRows.Table table, Object... values);

  /** Writes whatever is buffered. */
  void flush();
}
