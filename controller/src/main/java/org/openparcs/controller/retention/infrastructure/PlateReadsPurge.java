package org.openparcs.controller.retention.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * read id or plate (R3). Whole days before the cut-off's day go by dropping their partitions, all
 * in one ALTER TABLE after each was swapped out: the held reads of those days are copied to {@code
 * plate_read_kept} first and put back after the drop (they land in the first remaining day's
 * range). What is left before the cut-off (its own day, and any day whose drop could not take its
 * lock) is deleted one chunk at a time. A controller's database holds one garage, so a partition
 * holds only this garage's reads.
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

  /**
   * Drops the whole expired days: each day's held reads copied out, each day swapped out of
   * plate_read (one EXCHANGE each), the emptied days dropped in one ALTER TABLE, the held reads put
   * back, and only then the swapped-out days' tables (their files) dropped. plate_read's exclusive
   * lock, which the lanes' inserts wait behind, is taken once a day plus once, not twice a day.
   */
  private long dropWholeDays(Instant before, HeldFilter held, PurgeProgress progress) {
    if (returnKept() > 0) {
      partitions.forgetAll();
    }
    partitions.dropSwappedOut(); // a crash's leftovers: expired reads (R1)
    List<Partition> all = partitions.list();
    List<Partition> expired = all.stream().filter(p -> p.endsBy(day(before))).toList();
    if (expired.isEmpty()) {
      return 0;
    }
    Partition next = all.get(expired.size()); // ranges are in order: the expired come first
    Map<String, Long> counted = partitions.counts();
    long t0 = System.nanoTime();
    List<Partition> emptied = new ArrayList<>();
    long dropped = 0;
    long kept = 0;
    for (Partition p : expired) {
      Long count = counted.get(p.name());
      long reads = count != null ? count : rows.count("SELECT COUNT(*)" + from(p), List.of());
      long keptHere = keepHeld(p, held);
      try {
        partitions.swapOut(p);
      } catch (DataAccessException e) {
        // the day stays whole: its rows go one chunk at a time after, its held reads with it
        LOG.warn("Could not swap out {} (deleted row by row instead): {}", p.name(), e.toString());
        sql(
            "DELETE k FROM plate_read_kept k JOIN plate_read PARTITION ("
                + p.name()
                + ") r ON r.id = k.id AND r.received_at = k.received_at");
        continue;
      }
      emptied.add(p);
      kept += keptHere;
      dropped += reads - keptHere;
      progress.advance(reads - keptHere);
    }
    long t1 = System.nanoTime();
    boolean asPlanned = emptied.size() == expired.size();
    try {
      partitions.dropEmptied(emptied);
    } catch (DataAccessException e) {
      // their reads are gone all the same (swapped out): the empty partitions go next time
      LOG.warn("Could not drop the emptied days (dropped at the next purge): {}", e.toString());
      asPlanned = false;
    }
    long t2 = System.nanoTime();
    returnKept();
    if (asPlanned) {
      partitions.addToCount(next.name(), kept); // the held reads now in next's range
    } else {
      partitions.forget(next.name());
    }
    long t3 = System.nanoTime();
    int tables = partitions.dropSwappedOut();
    LOG.info(
        "Dropped {} of {} expired days: {} reads, {} held kept (held copied and days swapped out {}"
            + " ms, one drop of the emptied days {} ms, held returned {} ms, {} swapped-out tables"
            + " dropped {} ms)",
        emptied.size(),
        expired.size(),
        dropped,
        kept,
        (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000,
        (t3 - t2) / 1_000_000,
        tables,
        (System.nanoTime() - t3) / 1_000_000);
    return dropped;
  }

  private static String from(Partition p) {
    return " FROM plate_read PARTITION (" + p.name() + ")";
  }

  /** Copies a day's held reads to plate_read_kept (R3); answers how many. */
  private long keepHeld(Partition p, HeldFilter held) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO plate_read_kept SELECT *"
                    + from(p)
                    + " WHERE garage_id = ?"
                    + held.onlyHeld())) {
      c.setAutoCommit(true);
      ps.setString(1, garageId);
      ChunkedRows.bind(ps, 2, held.params());
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot keep the held reads of " + p.name(), e);
    }
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
