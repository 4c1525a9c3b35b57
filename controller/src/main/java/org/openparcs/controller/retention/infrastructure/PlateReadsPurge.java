package org.openparcs.controller.retention.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.openparcs.controller.retention.application.PurgeProgress;
import org.openparcs.controller.retention.application.PurgeStep;
import org.openparcs.controller.retention.infrastructure.ReadPartitions.Partition;
import org.openparcs.controller.retention.model.ClassCutoff;
import org.openparcs.controller.retention.model.DataClasses;
import org.openparcs.controller.retention.model.Holds;
import org.openparcs.controller.retention.model.PurgeCounts;
import org.openparcs.controller.retention.model.PurgeOrder;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.protection.PlateLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purges plate reads older than the plate-reads cut-off (POLICY R1), keeping those a hold names by
 * read id or plate (R3). Whole days before the cut-off's day go by dropping their partition: the
 * held reads of that day are copied to {@code plate_read_kept} first and put back after the drop
 * (they land in the next day's range). What is left before the cut-off (its own day, and any day
 * whose drop could not take its lock) is deleted one chunk at a time. A controller's database holds
 * one garage, so a partition holds only this garage's reads.
 */
final class PlateReadsPurge implements PurgeStep {

  private static final Logger LOG = LoggerFactory.getLogger(PlateReadsPurge.class);

  private final DataSource db;
  private final ReadPartitions partitions;
  private final ChunkedRows rows;
  private final String garageId;

  private final PlateLookup lookup;

  /** {@code lookup} finds held plates by their hash (POLICY K1); null when none can be held. */
  PlateReadsPurge(
      DataSource db,
      ReadPartitions partitions,
      ChunkedRows rows,
      String garageId,
      PlateLookup lookup) {
    this.lookup = lookup;
    this.db = db;
    this.partitions = partitions;
    this.rows = rows;
    this.garageId = garageId;
  }

  @Override
  public String name() {
    return PurgeCounts.PLATE_READS;
  }

  @Override
  public long estimate(PurgeOrder order, Holds holds) {
    Optional<ClassCutoff> cutoff = cutoff(order);
    if (cutoff.isEmpty()) {
      return 0;
    }
    LocalDate day = day(cutoff.get().purgeBefore());
    long whole =
        partitions.list().stream()
            .filter(p -> p.endsBy(day))
            .mapToLong(Partition::approximateRows)
            .sum();
    return whole
        + rows.count(
            "SELECT COUNT(*) FROM plate_read WHERE garage_id = ? AND received_at >= ?"
                + " AND received_at < ?",
            List.of(
                garageId,
                day.atStartOfDay().toInstant(ZoneOffset.UTC),
                cutoff.get().purgeBefore()));
  }

  @Override
  public PurgeCounts run(PurgeOrder order, Holds holds, PurgeProgress progress) {
    PurgeCounts counts = new PurgeCounts();
    Optional<ClassCutoff> cutoff = cutoff(order);
    if (cutoff.isEmpty()) {
      return counts;
    }
    Instant before = cutoff.get().purgeBefore();
    HeldFilter held =
        HeldFilter.hashed("id", holds.readIds(), "plate_hash", holds.plates(), lookup);
    long dropped = partitions.exclusively(() -> dropWholeDays(before, held, progress));
    long deleted =
        rows.apply(
            "plate_read",
            "received_at",
            "DELETE FROM plate_read",
            garageId,
            before,
            held.sql(),
            held.params(),
            progress);
    partitions.exclusively(
        () -> {
          // days the chunks deleted from (the cut-off's day, a drop that gave up) count again
          for (Partition p : partitions.list()) {
            if (p.end() != null && !p.end().isAfter(day(before).plusDays(1))) {
              partitions.forget(p.name());
            }
          }
          return null;
        });
    counts.add(PurgeCounts.PLATE_READS, dropped + deleted);
    counts.add(
        PurgeCounts.HELD_KEPT,
        rows.count(
            "SELECT COUNT(*) FROM plate_read WHERE garage_id = ? AND received_at < ?",
            List.of(garageId, before)));
    return counts;
  }

  private long dropWholeDays(Instant before, HeldFilter held, PurgeProgress progress) {
    if (returnKept() > 0) {
      partitions.forgetAll();
    }
    List<Partition> all = partitions.list();
    long dropped = 0;
    for (int i = 0; i < all.size(); i++) {
      Partition p = all.get(i);
      if (p.endsBy(day(before))) {
        // read per day: the previous drop added its held reads to this day's count
        long gone = dropKeepingHeld(p, all.get(i + 1), partitions.counts().get(p.name()), held);
        dropped += gone;
        progress.advance(gone);
      }
    }
    return dropped;
  }

  /**
   * Drops a day; answers the reads removed (0 when the drop could not take its lock). Its held
   * reads return into {@code next}'s range, whose count grows by as many.
   */
  private long dropKeepingHeld(Partition p, Partition next, Long counted, HeldFilter held) {
    long t0 = System.nanoTime();
    String from = " FROM plate_read PARTITION (" + p.name() + ")";
    long all = counted != null ? counted : rows.count("SELECT COUNT(*)" + from, List.of());
    long t1 = System.nanoTime();
    long kept;
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO plate_read_kept SELECT *"
                    + from
                    + " WHERE garage_id = ?"
                    + held.onlyHeld())) {
      c.setAutoCommit(true);
      ps.setString(1, garageId);
      ChunkedRows.bind(ps, 2, held.params());
      kept = ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot keep the held reads of " + p.name(), e);
    }
    long tc = System.nanoTime();
    try {
      partitions.drop(p);
    } catch (DataAccessException e) {
      sql("DELETE FROM plate_read_kept");
      return 0;
    }
    long t2 = System.nanoTime();
    returnKept();
    partitions.addToCount(next.name(), kept);
    LOG.info(
        "Dropped {}: {} reads ({}), {} held kept (count {} ms, copy held {} ms, drop {} ms, return {}"
            + " ms)",
        p.name(),
        all - kept,
        counted != null ? "counted when the day closed" : "counted now",
        kept,
        (t1 - t0) / 1_000_000,
        (tc - t1) / 1_000_000,
        (t2 - tc) / 1_000_000,
        (System.nanoTime() - t2) / 1_000_000);
    return all - kept;
  }

  /** Puts held reads back into plate_read (also those a crash left between copy and return). */
  private int returnKept() {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      int returned = s.executeUpdate("INSERT IGNORE INTO plate_read SELECT * FROM plate_read_kept");
      s.executeUpdate("DELETE FROM plate_read_kept");
      c.commit();
      return returned;
    } catch (SQLException e) {
      throw new DataAccessException("cannot return held reads to plate_read", e);
    }
  }

  private void sql(String sql) {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    } catch (SQLException e) {
      throw new DataAccessException("cannot run " + sql, e);
    }
  }

  private static LocalDate day(Instant at) {
    return at.atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static Optional<ClassCutoff> cutoff(PurgeOrder order) {
    return order.cutoff(DataClasses.PLATE_READS);
  }
}
