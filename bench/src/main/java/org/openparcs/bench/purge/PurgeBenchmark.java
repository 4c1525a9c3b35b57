package org.openparcs.bench.purge;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.openparcs.bench.Percentiles;
import org.openparcs.bench.lane.CpuUse;
import org.openparcs.bench.lane.DatabaseWork;
import org.openparcs.bench.lane.LaneDriver;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.controller.retention.application.ExecutePurgeOrder;
import org.openparcs.controller.retention.application.ReceivedOrder;
import org.openparcs.controller.retention.infrastructure.ReadPartitions;
import org.openparcs.controller.retention.model.ClassCutoff;
import org.openparcs.controller.retention.model.HoldKind;
import org.openparcs.controller.retention.model.LegalHold;
import org.openparcs.controller.retention.model.PurgeCounts;
import org.openparcs.controller.retention.model.PurgeOrder;
import org.openparcs.db.DatabaseFactory.PooledDatabase;

/**
 * {@code bench/run purge [--rows N] [--days N] [--held N] [--lanes N] [--gap-ms N] [--rounds N]
 * [--window-s N] [--permits-per-lane N] [--probe]}: purges N expired plate reads (spread over N
 * whole days, N of them under a legal hold on their plate) while lanes run, with the garage's own
 * purge (the same code a portal order runs), in several rounds: each round seeds the reads again
 * (lanes paused), runs the lanes, then the purge. Lane latency (camera push to OPEN coil, as {@code
 * bench/run lane}) is pooled over the rounds: the pulses sent during each purge against those sent
 * in a window of the same length just before it, under the same lane load; the ratio compares their
 * p99, and the report says how many pulses each p99 rests on.
 */
public final class PurgeBenchmark {

  private static final String GARAGE = "bench-garage";

  private PurgeBenchmark() {}

  public static int run(String[] args) throws Exception {
    long rows = longOption(args, "--rows", 10_000_000);
    int days = (int) longOption(args, "--days", 10);
    int held = (int) longOption(args, "--held", 1_000);
    int lanes = (int) longOption(args, "--lanes", 32);
    int gap = (int) longOption(args, "--gap-ms", 300);
    int rounds = (int) longOption(args, "--rounds", 3);
    int window = (int) longOption(args, "--window-s", 6);
    int permitsPerLane = (int) longOption(args, "--permits-per-lane", 3_000);
    boolean probe = java.util.Arrays.asList(args).contains("--probe");
    String loadBefore = loadAverage();
    requireDisk(rows);
    List<IoModuleSimulator> sims = new ArrayList<>();
    for (int i = 0; i < lanes; i++) {
      sims.add(IoModuleSimulator.start(SimulatedLane.standard("lane-" + i), 0));
    }
    Map<String, Object> props = new HashMap<>();
    props.put("micronaut.server.port", -1);
    props.put("parcs.db.embedded-shared", true);
    // POLICY K1: random plate keys for this run (nothing it seals outlives it).
    props.put("parcs.protection.ephemeral-keys", true);
    props.put("parcs.garage.id", GARAGE);
    props.put("parcs.garage.name", "Bench Garage");
    for (int i = 0; i < lanes; i++) {
      String p = "parcs.lanes.lane-" + i + ".";
      props.put(p + "name", "Lane " + i);
      props.put(p + "direction", "ENTRY");
      props.put(p + "io-host", "127.0.0.1");
      props.put(p + "io-port", sims.get(i).port());
      props.put(p + "cameras", "cam-" + i);
      props.put("parcs.cameras.cam-" + i + ".token", LaneDriver.token(i));
      props.put("parcs.cameras.cam-" + i + ".sources", "127.0.0.0/8");
    }
    List<Round> done = new ArrayList<>();
    PurgeLanes traffic = null;
    long wrongOpens;
    String missed;
    try (ApplicationContext ctx = ApplicationContext.run(props, "bench")) {
      EmbeddedServer server = ctx.getBean(EmbeddedServer.class).start();
      DataSource db = ctx.getBean(PooledDatabase.class).raw();
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      LocalDate firstDay = today.minusDays(days + 1L);
      permits(db, lanes, permitsPerLane, ctx.getBean(org.openparcs.protection.PlateCipher.class));
      String heldHash =
          java.util.HexFormat.of()
              .formatHex(ctx.getBean(org.openparcs.protection.PlateLookup.class).hash("HELDPL"));
      traffic = new PurgeLanes(sims, server.getURI(), gap, permitsPerLane);
      traffic.start();
      for (int r = 1; r <= rounds; r++) {
        // The lanes wait while the round's reads are seeded: the seeding is not measured.
        traffic.pause();
        new ReadPartitions(db).ensure(firstDay, today.plusDays(7));
        long seedStart = System.nanoTime();
        seed(db, firstDay, days, rows, held, heldHash);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        long countStart = System.nanoTime();
        int counted = new ReadPartitions(db).countClosedDays(Instant.now());
        System.err.printf(
            "round %d: seeded %,d reads over %d days in %.1f s; the partition job counted %d"
                + " closed days in %.1f s%n",
            r, rows, days, seedSeconds, counted, (System.nanoTime() - countStart) / 1e9);
        long visits = traffic.visits();
        traffic.resume();
        // Warm-up: every lane's first vehicles (the first opens the permits) and then 3 s.
        traffic.awaitVisits(visits + 2L * lanes, 300);
        Thread.sleep(3_000);
        Before before = Before.now(db, traffic);
        Thread.sleep(window * 1000L);
        After after = After.now(db, traffic, before);
        Instant cutoff = today.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        PurgeOrder order =
            new PurgeOrder(
                UUID.randomUUID(),
                1,
                GARAGE,
                "BENCH",
                Instant.now(),
                List.of(
                    new ClassCutoff("plate-reads", 1, cutoff),
                    new ClassCutoff("session-plates", 1, cutoff)),
                List.of(new LegalHold(HoldKind.PLATE, "HELDPL", "BENCH-1")));
        PurgeProbe sampler = probe ? PurgeProbe.start(db) : null;
        CpuUse.Sample cpuFrom = CpuUse.now();
        long purgeFrom = System.nanoTime();
        PurgeCounts counts =
            ctx.getBean(ExecutePurgeOrder.class)
                .execute(new ReceivedOrder(order, "{}"), order.heldRecords());
        long purgeTo = System.nanoTime();
        CpuUse.Sample cpuDuring = CpuUse.now().minus(cpuFrom);
        if (sampler != null) {
          sampler.close();
        }
        Thread.sleep(1_000);
        // The baseline: a window of the purge's own length just before it, lanes as loaded.
        long length = Math.min(purgeTo - purgeFrom, purgeFrom - before.nanos());
        Round round =
            new Round(
                r,
                counts,
                (purgeTo - purgeFrom) / 1e9,
                length / 1e9,
                traffic.between(purgeFrom - length, purgeFrom),
                traffic.between(purgeFrom, purgeTo),
                after);
        done.add(round);
        System.err.println(round.line());
        System.err.println(
            during(traffic, purgeFrom, purgeTo, length, cpuDuring, before.cpuPerSecond(after)));
        if (sampler != null) {
          System.err.print(sampler.report(purgeFrom));
        }
      }
      traffic.pause();
      wrongOpens = traffic.wrongOpens();
      missed = traffic.missed();
      traffic.stop();
      traffic = null;
      server.stop();
    } finally {
      if (traffic != null) {
        traffic.stop();
      }
      sims.forEach(IoModuleSimulator::close);
    }
    return report(
        done, rows, days, held, lanes, gap, window, permitsPerLane, wrongOpens, missed, loadBefore);
  }

  /**
   * Where the slowness during a purge was: the CPU the JVM and MariaDB used per second of the purge
   * (2 cores give 2,000 ms a second) against the window before, and the slowest pulses with the
   * time their push was sent, from the purge's start (to set beside the purge's own statements).
   */
  private static String during(
      PurgeLanes traffic,
      long purgeFrom,
      long purgeTo,
      long length,
      CpuUse.Sample cpu,
      String cpuBefore) {
    long[] baseline = traffic.between(purgeFrom - length, purgeFrom);
    long slow = new Percentiles(baseline).at(99);
    StringBuilder pulses = new StringBuilder();
    int count = 0;
    for (long[] p : traffic.sentBetween(purgeFrom, purgeTo)) {
      if (p[1] > slow) {
        count++;
        pulses.append(String.format(" +%.0f:%.0f", (p[0] - purgeFrom) / 1e6, p[1] / 1e6));
      }
    }
    return String.format(
        "    CPU ms per second (JVM + MariaDB): %s before, %s during the purge; %d pulses during it"
            + " slower than the p99 before (%.1f ms), as +sent:latency ms:%s",
        cpuBefore, perSecond(cpu, purgeTo - purgeFrom), count, slow / 1e6, pulses);
  }

  private static String perSecond(CpuUse.Sample cpu, long nanos) {
    double seconds = nanos / 1e9;
    return String.format(
        "%.0f + %.0f", cpu.jvmNanos() / 1e6 / seconds, cpu.databaseNanos() / 1e6 / seconds);
  }

  private static int report(
      List<Round> done,
      long rows,
      int days,
      int held,
      int lanes,
      int gap,
      int window,
      int permitsPerLane,
      long wrongOpens,
      String missed,
      String loadBefore) {
    Percentiles base = new Percentiles(pooled(done, true));
    Percentiles during = new Percentiles(pooled(done, false));
    double ratio = base.at(99) == 0 ? 0 : (double) during.at(99) / base.at(99);
    double slowest = done.stream().mapToDouble(Round::seconds).max().orElse(0);
    long purged =
        done.stream().mapToLong(r -> r.counts().get(PurgeCounts.PLATE_READS)).min().orElse(0);
    long kept = done.get(done.size() - 1).counts().get(PurgeCounts.HELD_KEPT);
    System.out.println("Purge of expired plate reads while lanes run");
    System.out.printf(
        "  load average          %s before, %s after (/proc/loadavg: 1, 5, 15 min)%n",
        loadBefore, loadAverage());
    System.out.printf(
        "  each round            %,d reads over %d days seeded (lanes paused), %d s of lanes,"
            + " then one purge order; %,d of the reads per round read a held plate%n",
        rows, days, window + 3, held);
    System.out.printf(
        "  lanes                 %d, about %d ms between vehicles of a lane, %,d permits%n",
        lanes, gap, lanes * (long) permitsPerLane);
    for (Round r : done) {
      System.out.println("  " + r.line());
    }
    System.out.printf(
        "  reads purged          %,d in the smallest round, held reads kept %,d (%d a round)%n",
        purged, kept, held);
    System.out.printf(
        "  purge wall time       %.2f s in the slowest of %d rounds%n", slowest, done.size());
    System.out.printf(
        "  lane p99 without      %.2f ms (%s; windows of each purge's length just before it)%n",
        base.at(99) / 1e6, rests(base));
    System.out.printf(
        "  lane p99 during       %.2f ms (%s sent while the purges ran)%n",
        during.at(99) / 1e6, rests(during));
    System.out.printf(
        "  lane p50 without / during  %.2f / %.2f ms; max %.2f / %.2f ms%n",
        base.at(50) / 1e6, during.at(50) / 1e6, base.max() / 1e6, during.max() / 1e6);
    System.out.printf("  wrong opens           %d%n", wrongOpens);
    System.out.printf("  holders without pulse %s%n", missed);
    System.out.printf(
        "rows=%d seconds=%.2f lane_p99_ratio=%.2f held_kept=%d%n", purged, slowest, ratio, kept);
    return 0;
  }

  /**
   * The seeded reads take about 450 bytes each on disk (a day of 1M reads preallocates 400 MB):
   * refuses to start where they would fill the disk the machine's other work shares.
   */
  private static void requireDisk(long rows) throws java.io.IOException {
    java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
    long free = java.nio.file.Files.getFileStore(tmp).getUsableSpace();
    long needed = rows * 450 + (1L << 30);
    if (free < needed) {
      throw new IllegalStateException(
          String.format(
              "bench/run purge needs about %.1f GB free under %s for %,d reads; %.1f GB are free",
              needed / 1e9, tmp, rows, free / 1e9));
    }
  }

  private static String rests(Percentiles p) {
    int rank = (int) Math.ceil(0.99 * p.count());
    return String.format(
        "%d pulses, p99 is the %s largest", p.count(), ordinal(p.count() - rank + 1));
  }

  private static String ordinal(int n) {
    return n == 1 ? "1st" : n == 2 ? "2nd" : n == 3 ? "3rd" : n + "th";
  }

  private static long[] pooled(List<Round> done, boolean baseline) {
    return done.stream()
        .flatMapToLong(r -> java.util.Arrays.stream(baseline ? r.baseline() : r.during()))
        .toArray();
  }

  private static String loadAverage() {
    try {
      String[] f =
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** Where the lanes' window before a purge began: CPU, statements and InnoDB's dirty pages. */
  private record Before(
      long nanos, CpuUse.Sample cpu, Map<String, Long> work, long visits, long dirtyPages) {
    /** CPU per second of the window before the purge, "JVM + MariaDB" in ms. */
    String cpuPerSecond(After after) {
      return perSecond(after.cpu(), after.nanos());
    }

    static Before now(DataSource db, PurgeLanes lanes) {
      return new Before(
          System.nanoTime(),
          CpuUse.now(),
          DatabaseWork.now(db),
          lanes.visits(),
          status(db, "Innodb_buffer_pool_pages_dirty"));
    }
  }

  /** What the lanes cost per vehicle in the window before the purge (load-independent figures). */
  private record After(String text, CpuUse.Sample cpu, long nanos) {
    static After now(DataSource db, PurgeLanes lanes, Before before) {
      long vehicles = Math.max(1, lanes.visits() - before.visits());
      CpuUse.Sample cpu = CpuUse.now().minus(before.cpu());
      return new After(
          String.format(
              "%d vehicles in the window before: CPU %.2f ms JVM + %.2f ms MariaDB per vehicle;"
                  + " per vehicle %s; InnoDB dirty pages %,d -> %,d",
              vehicles,
              cpu.jvmNanos() / 1e6 / vehicles,
              cpu.databaseNanos() / 1e6 / vehicles,
              DatabaseWork.perVehicle(before.work(), DatabaseWork.now(db), (int) vehicles),
              before.dirtyPages(),
              status(db, "Innodb_buffer_pool_pages_dirty")),
          cpu,
          System.nanoTime() - before.nanos());
    }
  }

  /** One round: its purge, its pulses before (same length) and during. */
  private record Round(
      int number,
      PurgeCounts counts,
      double seconds,
      double baselineSeconds,
      long[] baseline,
      long[] during,
      After cost) {
    String line() {
      Percentiles b = new Percentiles(baseline);
      Percentiles d = new Percentiles(during);
      return String.format(
          "round %d: %,d reads purged, %,d held kept in %.2f s; lane p99 %.2f ms on %d pulses in"
              + " the %.2f s before, %.2f ms on %d pulses during; %s",
          number,
          counts.get(PurgeCounts.PLATE_READS),
          counts.get(PurgeCounts.HELD_KEPT),
          seconds,
          b.at(99) / 1e6,
          b.count(),
          baselineSeconds,
          d.at(99) / 1e6,
          d.count(),
          cost.text());
    }
  }

  private static long status(DataSource db, String name) {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE '" + name + "'")) {
      return rs.next() ? Long.parseLong(rs.getString(2)) : -1;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read " + name, e);
    }
  }

  /**
   * Permits for the plates the lanes will show, sealed as the controller seals them (POLICY K1: the
   * controller opens them into its matcher, so their number is what a lane run can use, not more).
   */
  private static void permits(
      DataSource db, int lanes, int perLane, org.openparcs.protection.PlateCipher cipher)
      throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO permit (id, garage_id, plate_sealed, holder, kind, valid_from,"
                    + " valid_to, created_at) VALUES (UUID(), ?, ?, 'Bench', 'PERMIT',"
                    + " NOW(6) - INTERVAL 1 DAY, NOW(6) + INTERVAL 1 DAY, NOW(6))")) {
      for (int lane = 0; lane < lanes; lane++) {
        for (int v = 0; v < perLane; v++) {
          ps.setString(1, GARAGE);
          ps.setBytes(2, cipher.seal("L" + lane + "V" + v, "garage.permit.plate"));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "INSERT INTO permit_version (garage_id, version) VALUES ('"
                + GARAGE
                + "', 1) ON DUPLICATE KEY UPDATE version = version + 1");
      }
    }
  }

  /**
   * {@code rows} reads evenly over {@code days} whole days from {@code first}, server-side from the
   * sequence engine, one day partition at a time; {@code held} of them read plate HELDPL. The purge
   * never opens a read: the other plates' hashes are a plain SHA-256 and their sealed fields 40
   * random-looking bytes (the size of a sealed plate), only HELDPL's hash is the real one (so the
   * hold finds it, POLICY K1).
   */
  private static void seed(
      DataSource db, LocalDate first, int days, long rows, int held, String heldHashHex)
      throws SQLException {
    long perDay = rows / days;
    long step = 86_400_000_000L / perDay;
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      for (int d = 0; d < days; d++) {
        String day = first.plusDays(d).toString();
        long heldHere = held / days + (d < held % days ? 1 : 0);
        for (long from = 0; from < perDay; from += 500_000) {
          long to = Math.min(perDay, from + 500_000) - 1;
          s.executeUpdate(
              "INSERT INTO plate_read (id, garage_id, lane_id, camera_id, plate_hash,"
                  + " plate_sealed, raw_plate_sealed, confidence, source, captured_at,"
                  + " received_at) SELECT UUID(), '"
                  + GARAGE
                  + "', 'lane-0', 'cam-0', IF(seq < "
                  + heldHere
                  + ", UNHEX('"
                  + heldHashHex
                  + "'), UNHEX(SHA2(CONCAT('P', seq MOD 300000), 256))),"
                  // 40 bytes where a sealed plate takes about that (version, key id, nonce,
                  // text, tag), so the rows weigh what a real garage's do.
                  + " LEFT(UNHEX(SHA2(CONCAT('S', seq), 384)), 40), LEFT(UNHEX(SHA2(CONCAT('R', seq), 384)), 40),"
                  + " 0.9, 'bench',"
                  + " t, t FROM"
                  + " (SELECT seq, TIMESTAMP'"
                  + day
                  + " 00:00:00' + INTERVAL (seq * "
                  + step
                  + ") MICROSECOND AS t FROM seq_"
                  + from
                  + "_to_"
                  + to
                  + ") s");
        }
        System.err.printf("  day %s: %,d reads%n", day, perDay);
      }
    }
  }

  private static long longOption(String[] args, String name, long fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return Long.parseLong(args[i + 1]);
      }
    }
    return fallback;
  }
}
