package org.openparcs.controller.retention.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.GarageTestSupport.count;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.retention.application.PurgeProgress;
import org.openparcs.controller.retention.model.ClassCutoff;
import org.openparcs.controller.retention.model.HoldKind;
import org.openparcs.controller.retention.model.LegalHold;
import org.openparcs.controller.retention.model.PurgeCounts;
import org.openparcs.controller.retention.model.PurgeOrder;
import org.openparcs.db.DatabaseFactory.PooledDatabase;
import org.openparcs.protection.PlateLookup;

/**
 * Plate reads partitioned by day on the embedded MariaDB with the real migrations: whole expired
 * days go by dropping their partition, held reads inside them survive (POLICY R3), the cut-off's
 * own day is deleted row by row, and the counts are exact (R4); a hold on a plate keeps the stays
 * stored under a confusable misread of it (R3).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DayPartitionPurgeIT implements TestPropertyProvider {

  private static final String G = "garage-parts";
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private final Instant noon = today.atTime(12, 0).toInstant(ZoneOffset.UTC);

  @Inject PooledDatabase database;
  @Inject PlateLookup lookup;
  private DataSource db;
  private ReadPartitions partitions;

  private final IoModuleSimulator entry =
      IoModuleSimulator.start(SimulatedLane.standard("entry"), 0);

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p =
        new HashMap<>(GarageTestSupport.lane("entry-1", "ENTRY", entry, "cam-1"));
    p.put("parcs.garage.id", G);
    return p;
  }

  @AfterAll
  void stop() {
    entry.close();
  }

  @BeforeEach
  void emptyReadsWithDayPartitions() throws SQLException {
    db = database.raw();
    partitions = new ReadPartitions(db);
    sql("DELETE FROM access_decision");
    sql("DELETE FROM plate_read");
    sql("DELETE FROM plate_read_day");
    partitions.ensure(today.minusDays(12), today.plusDays(2));
  }

  @Test
  void theMaintenanceJobKeepsDaysAheadAndEveryDayHasItsPartition() {
    List<String> names = partitions.list().stream().map(ReadPartitions.Partition::name).toList();

    assertThat(names).contains(name(today.minusDays(12)), name(today), name(today.plusDays(2)));
    assertThat(names.get(names.size() - 1)).isEqualTo("p_future");
  }

  @Test
  void expiredDaysAreDroppedWithTheirHeldReadsKeptR3() throws SQLException {
    for (int d = 1; d <= 10; d++) {
      for (int i = 0; i < 5; i++) {
        read(UUID.randomUUID(), "D" + d + "N" + i, noon.minus(Duration.ofDays(d)));
      }
    }
    UUID heldRead = read(UUID.randomUUID(), "HELDID", noon.minus(Duration.ofDays(9)));
    read(UUID.randomUUID(), "HELDPL", noon.minus(Duration.ofDays(8)));
    read(UUID.randomUUID(), "HELDPL", noon.minus(Duration.ofDays(6)));
    // cut-off at 18:00 five days ago: days 10..6 whole (dropped), day 5 up to 18:00 (row by row)
    Instant cutoff = noon.minus(Duration.ofDays(5)).plus(Duration.ofHours(6));
    PurgeOrder order =
        new PurgeOrder(
            UUID.randomUUID(),
            1,
            G,
            "SJPD-DUP",
            Instant.now(),
            List.of(new ClassCutoff("plate-reads", 30, cutoff)),
            List.of(
                new LegalHold(HoldKind.READ, heldRead.toString(), "C-1"),
                new LegalHold(HoldKind.PLATE, "HELDPL", "C-2")));
    PlateReadsPurge purge = new PlateReadsPurge(db, partitions, new ChunkedRows(db, 2), G, lookup);
    PurgeProgress progress = new PurgeProgress();

    PurgeCounts counts = purge.run(order, order.heldRecords(), progress);

    assertThat(counts.get(PurgeCounts.PLATE_READS)).as("days 10..5, 5 reads each").isEqualTo(30);
    assertThat(counts.get(PurgeCounts.HELD_KEPT)).isEqualTo(3);
    String held =
        "plate_hash IN ("
            + GarageTestSupport.plateHash("HELDID")
            + ","
            + GarageTestSupport.plateHash("HELDPL")
            + ")";
    assertThat(count(db, "SELECT COUNT(*) FROM plate_read WHERE " + held))
        .as("R3 with K1: the held plate is found by its lookup hash")
        .isEqualTo(3);
    assertThat(count(db, "SELECT COUNT(*) FROM plate_read WHERE id = ?", heldRead.toString()))
        .isEqualTo(1);
    assertThat(count(db, "SELECT COUNT(*) FROM plate_read WHERE NOT " + held))
        .as("days 4..1 untouched")
        .isEqualTo(20);
    assertThat(count(db, "SELECT COUNT(*) FROM plate_read_kept")).isZero();
    List<String> names = partitions.list().stream().map(ReadPartitions.Partition::name).toList();
    assertThat(names)
        .doesNotContain(name(today.minusDays(10)), name(today.minusDays(6)))
        .contains(name(today.minusDays(5)), name(today.minusDays(4)));
    assertThat(partitions.counts())
        .as("the cut-off's day lost rows one by one: counted again later")
        .doesNotContainKeys(name(today.minusDays(5)), name(today.minusDays(9)));
  }

  @Test
  void manyExpiredDaysGoInOneDropOfTheirPartitionsWithTheirHeldReadsKeptR3() throws SQLException {
    for (int d = 2; d <= 8; d++) {
      read(UUID.randomUUID(), "D" + d, noon.minus(Duration.ofDays(d)));
      read(UUID.randomUUID(), "HELDPL", noon.minus(Duration.ofDays(d)));
    }
    Instant cutoff = today.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    long expired = partitions.list().stream().filter(p -> p.endsBy(today.minusDays(1))).count();
    PurgeOrder order =
        new PurgeOrder(
            UUID.randomUUID(),
            3,
            G,
            "SJPD-DUP",
            Instant.now(),
            List.of(new ClassCutoff("plate-reads", 30, cutoff)),
            List.of(new LegalHold(HoldKind.PLATE, "HELDPL", "C-3")));
    long altersBefore = status("Com_alter_table");

    PurgeCounts counts =
        new PlateReadsPurge(db, partitions, new ChunkedRows(db, 100), G, lookup)
            .run(order, order.heldRecords(), new PurgeProgress());

    assertThat(status("Com_alter_table") - altersBefore)
        .as("one EXCHANGE a day and one DROP PARTITION for all of them, not a DROP a day")
        .isEqualTo(expired + 1);
    assertThat(counts.get(PurgeCounts.PLATE_READS)).isEqualTo(7);
    assertThat(counts.get(PurgeCounts.HELD_KEPT)).as("R3").isEqualTo(7);
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM plate_read WHERE plate_hash = "
                    + GarageTestSupport.plateHash("HELDPL")))
        .isEqualTo(7);
    assertThat(partitions.list().stream().filter(p -> p.endsBy(today.minusDays(1)))).isEmpty();
    assertThat(count(db, "SELECT COUNT(*) FROM plate_read_kept")).isZero();
    assertThat(outTables()).as("the swapped-out days' tables are dropped").isZero();
  }

  @Test
  void aDaySwappedOutButNotDroppedBeforeACrashIsDroppedAtTheNextPurgeR1() throws SQLException {
    sql("CREATE TABLE plate_read_out_p20200101 LIKE plate_read_kept");
    sql(
        "INSERT INTO plate_read_out_p20200101 (id, garage_id, lane_id, camera_id, plate_hash,"
            + " plate_sealed, raw_plate_sealed, confidence, source, captured_at, received_at)"
            + " VALUES (UUID(), '"
            + G
            + "', 'l', 'c', "
            + GarageTestSupport.plateHash("GONE01")
            + ", 'sealed', 'sealed', 0.9, 'test', NOW(6), NOW(6))");
    PurgeOrder order =
        new PurgeOrder(
            UUID.randomUUID(),
            4,
            G,
            "SJPD-DUP",
            Instant.now(),
            List.of(new ClassCutoff("plate-reads", 30, noon.minus(Duration.ofDays(30)))),
            List.of());

    new PlateReadsPurge(db, partitions, new ChunkedRows(db, 100), G, lookup)
        .run(order, order.heldRecords(), new PurgeProgress());

    assertThat(outTables()).isZero();
  }

  private long outTables() throws SQLException {
    return count(
        db,
        "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
            + " AND TABLE_NAME LIKE 'plate\\_read\\_out%'");
  }

  private long status(String name) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement("SHOW GLOBAL STATUS LIKE ?")) {
      ps.setString(1, name);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(2);
      }
    }
  }

  @Test
  void heldReadsLeftBetweenCopyAndReturnByACrashAreReturnedAtTheNextPurge() throws SQLException {
    UUID id = UUID.randomUUID();
    sql(
        "INSERT INTO plate_read_kept (id, garage_id, lane_id, camera_id, plate_hash,"
            + " plate_sealed, raw_plate_sealed, confidence, source, captured_at, received_at)"
            + " VALUES ('"
            + id
            + "', '"
            + G
            + "', 'l', 'c', "
            + GarageTestSupport.plateHash("CRASH1")
            + ", 'sealed', 'sealed', 0.9, 'test', NOW(6), NOW(6))");
    PurgeOrder order =
        new PurgeOrder(
            UUID.randomUUID(),
            2,
            G,
            "SJPD-DUP",
            Instant.now(),
            List.of(new ClassCutoff("plate-reads", 30, noon.minus(Duration.ofDays(30)))),
            List.of());

    new PlateReadsPurge(db, partitions, new ChunkedRows(db, 100), G, lookup)
        .run(order, order.heldRecords(), new PurgeProgress());

    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM plate_read WHERE plate_hash = "
                    + GarageTestSupport.plateHash("CRASH1")))
        .isEqualTo(1);
    assertThat(count(db, "SELECT COUNT(*) FROM plate_read_kept")).isZero();
  }

  @Test
  void aHoldOnAPlateKeepsTheStaysStoredUnderAConfusableMisreadOfItR3() throws SQLException {
    Instant longAgo = noon.minus(Duration.ofDays(40));
    // The held plate, the same car read with O as 0 and I as 1 (the exit match takes it for the
    // same plate), and a plate one real character off.
    UUID held = stay("R3HOLDI", longAgo);
    UUID misread = stay("R3H0LD1", longAgo);
    UUID other = stay("R3HOLD7", longAgo);
    UUID misreadPaid = payment(misread, longAgo);
    UUID otherPaid = payment(other, longAgo);
    PurgeOrder order =
        new PurgeOrder(
            UUID.randomUUID(),
            1,
            G,
            "SJPD-DUP",
            Instant.now(),
            List.of(new ClassCutoff("session-plates", 30, noon.minus(Duration.ofDays(30)))),
            List.of(new LegalHold(HoldKind.PLATE, "R3HOLDI", "C-R3")));
    PurgeCounts counts = new PurgeCounts();
    for (var step : RetentionFactory.purgeSteps(new ChunkedRows(db, 2), db, 2, G, null, lookup)) {
      if (step.name().equals(PurgeCounts.SESSION_PLATES)
          || step.name().equals(PurgeCounts.PAYMENT_PLATES)) {
        counts.addAll(step.run(order, order.heldRecords(), new PurgeProgress()));
      }
    }

    assertThat(counts.get(PurgeCounts.SESSION_PLATES)).as("only the other car's").isEqualTo(1);
    assertThat(counts.get(PurgeCounts.HELD_KEPT)).isEqualTo(2);
    assertThat(plateKept("parking_session", held)).isTrue();
    assertThat(plateKept("parking_session", misread))
        .as("R3: the stay stored under a confusable misread of the held plate is kept")
        .isTrue();
    assertThat(plateKept("parking_session", other)).isFalse();
    assertThat(plateKept("payment", misreadPaid))
        .as("R3: its payment keeps its plate with it")
        .isTrue();
    assertThat(plateKept("payment", otherPaid)).isFalse();
  }

  private UUID stay(String plate, Instant at) throws SQLException {
    UUID id = UUID.randomUUID();
    try (Connection c = db.getConnection()) {
      c.createStatement().execute("SET SESSION foreign_key_checks = 0");
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO parking_session (id, garage_id, plate_hash, plate_folded_hash,"
                  + " plate_sealed, entry_lane_id, entry_decision_id, entered_at, exited_at)"
                  + " VALUES (?, ?, ?, ?, ?, 'entry-1', UUID(), ?, ?)")) {
        ps.setString(1, id.toString());
        ps.setString(2, G);
        ps.setBytes(3, GarageTestSupport.hashBytes(plate));
        ps.setBytes(4, GarageTestSupport.hashBytes(PlateComparison.FOLDED.key(plate)));
        ps.setBytes(5, GarageTestSupport.sealed(plate, "parking_session", "plate"));
        ps.setObject(6, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        ps.setObject(7, LocalDateTime.ofInstant(at.plus(Duration.ofHours(2)), ZoneOffset.UTC));
        ps.executeUpdate();
      }
    }
    return id;
  }

  private UUID payment(UUID session, Instant at) throws SQLException {
    UUID id = UUID.randomUUID();
    String plate =
        GarageTestSupport.opened(
            db,
            "parking_session",
            "plate",
            "SELECT plate_sealed FROM parking_session WHERE id = ?",
            session.toString());
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO payment (id, garage_id, session_id, plate_hash, plate_sealed, kind,"
                    + " amount_minor, currency, method, reference, occurred_at) VALUES"
                    + " (?, ?, ?, ?, ?, 'PAYMENT', 100, 'USD', 'CARD', ?, ?)")) {
      ps.setString(1, id.toString());
      ps.setString(2, G);
      ps.setString(3, session.toString());
      ps.setBytes(4, GarageTestSupport.hashBytes(plate));
      ps.setBytes(5, GarageTestSupport.sealed(plate, "payment", "plate"));
      ps.setString(6, "r3-" + id);
      ps.setObject(7, LocalDateTime.ofInstant(at.plus(Duration.ofHours(2)), ZoneOffset.UTC));
      ps.executeUpdate();
    }
    return id;
  }

  private boolean plateKept(String table, UUID id) {
    return count(
            db,
            "SELECT COUNT(*) FROM " + table + " WHERE id = ? AND plate_sealed IS NOT NULL",
            id.toString())
        == 1;
  }

  private static String name(LocalDate day) {
    return "p" + day.toString().replace("-", "");
  }

  private UUID read(UUID id, String plate, Instant at) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO plate_read (id, garage_id, lane_id, camera_id, plate_hash,"
                    + " plate_sealed, raw_plate_sealed, confidence, source, captured_at,"
                    + " received_at) VALUES (?, ?, 'l', 'c', ?, ?, ?, 0.9, 'test', ?, ?)")) {
      ps.setString(1, id.toString());
      ps.setString(2, G);
      ps.setBytes(3, GarageTestSupport.hashBytes(plate));
      ps.setBytes(4, GarageTestSupport.sealed(plate, "plate_read", "plate"));
      ps.setBytes(5, GarageTestSupport.sealed(plate, "plate_read", "raw_plate"));
      ps.setObject(6, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
      ps.setObject(7, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
      ps.executeUpdate();
    }
    return id;
  }

  private void sql(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.executeUpdate();
    }
  }
}
