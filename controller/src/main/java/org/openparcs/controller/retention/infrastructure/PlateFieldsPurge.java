package org.openparcs.controller.retention.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.openparcs.controller.retention.application.PurgeProgress;
import org.openparcs.controller.retention.application.PurgeStep;
import org.openparcs.controller.retention.model.ClassCutoff;
import org.openparcs.controller.retention.model.Holds;
import org.openparcs.controller.retention.model.PurgeCounts;
import org.openparcs.controller.retention.model.PurgeOrder;

/**
 * Empties the plate fields of rows that outlive their plate (POLICY R1: financial fields outlive
 * plate data): decisions, sessions, payments keep their times and money, their plates go. Rows a
 * hold names keep their plate (R3). One instance per table, described by {@link Target}.
 */
final class PlateFieldsPurge implements PurgeStep {

  /**
   * Where plate fields live in one table.
   *
   * @param count the name it is counted under
   * @param dataClass the class whose cut-off applies
   * @param table the table
   * @param timeColumn the time compared with the cut-off (indexed with garage_id first)
   * @param plateColumns the plate fields emptied (the first is the one tested for "still there")
   * @param held the SQL that leaves held rows out, from the order's holds
   * @param keptCount the name held rows are counted under, or null when not counted
   */
  record Target(
      String count,
      String dataClass,
      String table,
      String timeColumn,
      List<String> plateColumns,
      Function<Holds, HeldFilter> held,
      String keptCount) {}

  private final Target target;
  private final ChunkedRows rows;
  private final String garageId;

  PlateFieldsPurge(Target target, ChunkedRows rows, String garageId) {
    this.target = target;
    this.rows = rows;
    this.garageId = garageId;
  }

  @Override
  public String name() {
    return target.count();
  }

  @Override
  public long estimate(PurgeOrder order, Holds holds) {
    return cutoff(order)
        .map(c -> rows.count(countSql(""), List.of(garageId, c.purgeBefore())))
        .orElse(0L);
  }

  @Override
  public PurgeCounts run(PurgeOrder order, Holds holds, PurgeProgress progress) {
    PurgeCounts counts = new PurgeCounts();
    Optional<ClassCutoff> cutoff = cutoff(order);
    if (cutoff.isEmpty()) {
      return counts;
    }
    Instant before = cutoff.get().purgeBefore();
    HeldFilter held = target.held().apply(holds);
    String set = String.join(" = NULL, ", target.plateColumns()) + " = NULL";
    long changed =
        rows.apply(
            target.table(),
            target.timeColumn(),
            "UPDATE " + target.table() + " SET " + set,
            garageId,
            before,
            " AND " + target.plateColumns().get(0) + " IS NOT NULL" + held.sql(),
            held.params(),
            progress);
    counts.add(target.count(), changed);
    if (target.keptCount() != null) {
      List<Object> params = new ArrayList<>(List.of(garageId, before));
      counts.add(target.keptCount(), rows.count(countSql(""), params));
    }
    return counts;
  }

  private String countSql(String extra) {
    return "SELECT COUNT(*) FROM "
        + target.table()
        + " WHERE garage_id = ? AND "
        + target.timeColumn()
        + " < ? AND "
        + target.plateColumns().get(0)
        + " IS NOT NULL"
        + extra;
  }

  private Optional<ClassCutoff> cutoff(PurgeOrder order) {
    return order.cutoff(target.dataClass());
  }
}
