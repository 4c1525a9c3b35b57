package org.openparcs.controller.retention.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.openparcs.controller.shared.infrastructure.DataAccessException;

/**
 * The day partitions of {@code plate_read} (migration V61): {@code p<yyyymmdd>} holds the reads
 * received before the end of that UTC day and after the previous partition's end. Missing days are
 * cut out of the partition that holds their range (REORGANIZE: instant for the empty {@code
 * p_future}, a copy of the rows otherwise).
 */
public final class ReadPartitions {

  /** One partition: its name and the first day it does not hold (null: MAXVALUE). */
  public record Partition(String name, LocalDate end, long approximateRows) {

    /** Whether every row in it was received before {@code day} began. */
    boolean endsBy(LocalDate day) {
      return end != null && !end.isAfter(day);
    }
  }

  private static final long TO_DAYS_EPOCH = 719_528; // TO_DAYS('1970-01-01')
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'p'yyyyMMdd");

  static final int LOCK_WAIT_SECONDS = 2;

  /** Tables a day's rows are swapped out into, {@code plate_read_out_p<yyyymmdd>}. */
  static final String OUT_PREFIX = "plate_read_out_";

  private static final Object LOCK = new Object();
  private final DataSource db;

  public ReadPartitions(DataSource db) {
    this.db = db;
  }

  /** The partitions in order of their ranges. */
  public List<Partition> list() {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT PARTITION_NAME, PARTITION_DESCRIPTION, TABLE_ROWS FROM"
                    + " information_schema.PARTITIONS WHERE TABLE_SCHEMA = DATABASE() AND"
                    + " TABLE_NAME = 'plate_read' ORDER BY PARTITION_ORDINAL_POSITION");
        ResultSet rs = ps.executeQuery()) {
      List<Partition> partitions = new ArrayList<>();
      while (rs.next()) {
        String description = rs.getString(2);
        if (rs.getString(1) == null) {
          return List.of(); // not partitioned
        }
        LocalDate end =
            "MAXVALUE".equals(description)
                ? null
                : LocalDate.ofEpochDay(Long.parseLong(description) - TO_DAYS_EPOCH);
        partitions.add(new Partition(rs.getString(1), end, rs.getLong(3)));
      }
      return partitions;
    } catch (SQLException e) {
      throw new DataAccessException("cannot list the partitions of plate_read", e);
    }
  }

  /** Makes sure every day from {@code first} to {@code last} has its own partition. */
  public void ensure(LocalDate first, LocalDate last) {
    exclusively(
        () -> {
          ensureUnlocked(first, last);
          return null;
        });
  }

  private void ensureUnlocked(LocalDate first, LocalDate last) {
    List<Partition> partitions = list();
    if (partitions.isEmpty()) {
      return;
    }
    TreeSet<LocalDate> ends = new TreeSet<>();
    partitions.stream().filter(p -> p.end() != null).forEach(p -> ends.add(p.end()));
    Map<Partition, List<LocalDate>> splits = new LinkedHashMap<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      LocalDate end = day.plusDays(1);
      if (ends.contains(end)) {
        continue;
      }
      Partition holder =
          partitions.stream()
              .filter(p -> p.end() == null || p.end().isAfter(end))
              .findFirst()
              .orElseThrow();
      splits.computeIfAbsent(holder, p -> new ArrayList<>()).add(day);
    }
    splits.forEach(this::split);
  }

  /**
   * Swaps a day's rows out of plate_read into a table of their own (EXCHANGE PARTITION: a rename,
   * instant), leaving its partition empty. The table is dropped by {@link #dropSwappedOut} once
   * plate_read's partitions have changed: the lanes' inserts never wait on plate_read's lock while
   * a day's file is deleted. Throws when the exchange could not take its lock (the day stays).
   */
  void swapOut(Partition partition) {
    String table = OUT_PREFIX + partition.name();
    execute("DROP TABLE IF EXISTS " + table);
    execute("CREATE TABLE " + table + " LIKE plate_read_kept");
    try {
      execute(
          "ALTER TABLE plate_read EXCHANGE PARTITION " + partition.name() + " WITH TABLE " + table);
    } catch (DataAccessException e) {
      execute("DROP TABLE " + table);
      throw e;
    }
  }

  /**
   * Drops partitions emptied by {@link #swapOut} in one ALTER TABLE: plate_read's exclusive lock,
   * which the lanes' inserts queue behind, is taken once for all of them instead of once a day.
   * Their counts are forgotten first (they are empty whether or not the drop takes its lock; an
   * empty partition left by a drop that gave up goes at the next purge).
   */
  void dropEmptied(List<Partition> emptied) {
    if (emptied.isEmpty()) {
      return;
    }
    emptied.forEach(p -> forget(p.name()));
    execute(
        "ALTER TABLE plate_read DROP PARTITION "
            + String.join(", ", emptied.stream().map(Partition::name).toList()));
  }

  /**
   * Drops the tables days were swapped out into, those a crash left too (their reads are expired):
   * the days' files are deleted here, outside plate_read's lock. Answers how many were dropped.
   */
  int dropSwappedOut() {
    List<String> tables = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME LIKE 'plate\\_read\\_out%'");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot list the days swapped out of plate_read", e);
    }
    tables.forEach(t -> execute("DROP TABLE " + t));
    return tables.size();
  }

  /**
   * Runs {@code work} while no other purge or partition job changes plate_read's partitions or
   * their counts (one lock per process: a controller's database has one controller).
   */
  <T> T exclusively(java.util.function.Supplier<T> work) {
    synchronized (LOCK) {
      return work.get();
    }
  }

  /** The reads counted in each closed day, by partition (see {@link #countClosedDays}). */
  public Map<String, Long> counts() {
    Map<String, Long> counts = new java.util.HashMap<>();
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT partition_name, read_count FROM plate_read_day");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
      return counts;
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the day counts of plate_read", e);
    }
  }

  /**
   * Counts, once, the reads of each day partition whose day ended at least an hour before {@code
   * now} (reads carry the time they were received: a closed day gets no more), so that a purge
   * dropping the day need not scan it. Answers how many partitions were counted.
   */
  public int countClosedDays(java.time.Instant now) {
    return exclusively(
        () -> {
          Map<String, Long> known = counts();
          int counted = 0;
          for (Partition p : list()) {
            if (p.end() == null
                || known.containsKey(p.name())
                || p.end()
                    .atStartOfDay()
                    .toInstant(java.time.ZoneOffset.UTC)
                    .plusSeconds(3600)
                    .isAfter(now)) {
              continue;
            }
            update(
                "INSERT INTO plate_read_day (partition_name, read_count, counted_at) SELECT ?,"
                    + " COUNT(*), UTC_TIMESTAMP(6) FROM plate_read PARTITION ("
                    + p.name()
                    + ")",
                p.name());
            counted++;
          }
          return counted;
        });
  }

  /** Held reads moved into a partition by a purge: its count grows by as many. */
  void addToCount(String partition, long reads) {
    update(
        "UPDATE plate_read_day SET read_count = read_count + "
            + reads
            + " WHERE partition_name = ?",
        partition);
  }

  /** Rows were deleted from the partition one by one: it is counted again later. */
  void forget(String partition) {
    update("DELETE FROM plate_read_day WHERE partition_name = ?", partition);
  }

  /** Rows came back to unknown days (after a crash): every day is counted again later. */
  void forgetAll() {
    update("DELETE FROM plate_read_day WHERE ? IS NOT NULL", "all");
  }

  private void update(String sql, String arg) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot update the day counts of plate_read", e);
    }
  }

  private void split(Partition holder, List<LocalDate> days) {
    StringBuilder sql =
        new StringBuilder("ALTER TABLE plate_read REORGANIZE PARTITION ")
            .append(holder.name())
            .append(" INTO (");
    for (LocalDate day : days) {
      sql.append("PARTITION ")
          .append(NAME.format(day))
          .append(" VALUES LESS THAN (")
          .append(toDays(day.plusDays(1)))
          .append("), ");
    }
    sql.append("PARTITION ")
        .append(holder.name())
        .append(" VALUES LESS THAN (")
        .append(holder.end() == null ? "MAXVALUE" : Long.toString(toDays(holder.end())))
        .append("))");
    execute(sql.toString());
  }

  private static long toDays(LocalDate day) {
    return day.toEpochDay() + TO_DAYS_EPOCH;
  }

  /**
   * A partition change waits for the transactions using plate_read and holds up the lanes' inserts
   * behind it: it gives up after {@link #LOCK_WAIT_SECONDS} rather than stall the lanes behind a
   * long report query (the purge then deletes those rows one chunk at a time).
   */
  private void execute(String ddl) {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SET SESSION lock_wait_timeout = " + LOCK_WAIT_SECONDS);
      s.execute(ddl);
    } catch (SQLException e) {
      throw new DataAccessException("cannot change the partitions of plate_read: " + ddl, e);
    }
  }
}
