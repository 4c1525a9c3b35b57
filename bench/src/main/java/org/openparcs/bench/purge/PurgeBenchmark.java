package org.openparcs.bench.purge;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.openparcs.bench.Percentiles;
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
 * {@code bench/run purge [--rows N] [--days N] [--held N] [--lanes N] [--gap-ms N] [--window-s N]}:
 * purges N expired plate reads (spread over N whole days, N of them under a legal hold on their
 * plate) while lanes run, with the garage's own purge (the same code a portal order runs). Lane
 * latency (camera push to OPEN coil, as {@code bench/run lane}) is measured over a window without
 * the purge and over the purge itself; the ratio compares their p99.
 */
public final class PurgeBenchmark {

  private static final String GARAGE = "bench-garage";

  private PurgeBenchmark() {}

  public static int run(String[] args) throws Exception {
    long rows = longOption(args, "--rows", 10_000_000);
    int days = (int) longOption(args, "--days", 10);
    int held = (int) longOption(args, "--held", 1_000);
    int lanes = (int) longOption(args, "--lanes", 2);
    int gap = (int) longOption(args, "--gap-ms", 50);
    int window = (int) longOption(args, "--window-s", 20);
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
    }
    String figures;
    try (ApplicationContext ctx = ApplicationContext.run(props, "bench")) {
      EmbeddedServer server = ctx.getBean(EmbeddedServer.class).start();
      DataSource db = ctx.getBean(PooledDatabase.class).raw();
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      LocalDate firstDay = today.minusDays(days + 1L);
      new ReadPartitions(db).ensure(firstDay, today.plusDays(7));
      permits(db, lanes, 20_000, ctx.getBean(org.openparcs.protection.PlateCipher.class));
      long seedStart = System.nanoTime();
      seed(
          db,
          firstDay,
          days,
          rows,
          held,
          java.util.HexFormat.of()
              .formatHex(ctx.getBean(org.openparcs.protection.PlateLookup.class).hash("HELDPL")));
      System.err.printf(
          "seeded %,d reads over %d days in %.1f s%n",
          rows, days, (System.nanoTime() - seedStart) / 1e9);

      long countStart = System.nanoTime();
      int counted = new ReadPartitions(db).countClosedDays(Instant.now());
      double countSeconds = (System.nanoTime() - countStart) / 1e9;
      System.err.printf(
          "partition job counted %d closed days in %.1f s (before the purge, as it does daily)%n",
          counted, countSeconds);

      Lanes traffic = new Lanes(sims, server.getURI(), gap);
      traffic.start();
      Thread.sleep(3_000); // warm-up
      long baseFrom = System.nanoTime();
      Thread.sleep(window * 1000L);
      long baseTo = System.nanoTime();

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
      long purgeFrom = System.nanoTime();
      PurgeCounts counts =
          ctx.getBean(ExecutePurgeOrder.class)
              .execute(new ReceivedOrder(order, "{}"), order.heldRecords());
      long purgeTo = System.nanoTime();
      Thread.sleep(2_000);
      traffic.stop();

      Percentiles base = traffic.between(baseFrom, baseTo);
      Percentiles during = traffic.between(purgeFrom, purgeTo);
      double seconds = (purgeTo - purgeFrom) / 1e9;
      double ratio = base.at(99) == 0 ? 0 : (double) during.at(99) / base.at(99);
      System.out.println("Purge of expired plate reads while lanes run");
      System.out.printf(
          "  reads purged          %,d (%s)%n", counts.get(PurgeCounts.PLATE_READS), counts);
      System.out.printf(
          "  held reads kept       %,d of %,d%n", counts.get(PurgeCounts.HELD_KEPT), held);
      System.out.printf("  purge wall time       %.2f s%n", seconds);
      System.out.printf(
          "  day counts            %d days counted by the partition job beforehand in %.1f s%n",
          counted, countSeconds);
      System.out.printf(
          "  lanes                 %d, about %d ms between vehicles of a lane%n", lanes, gap);
      System.out.printf(
          "  lane p99 without      %.2f ms (%d pulses, %d s window)%n",
          base.at(99) / 1e6, base.count(), window);
      System.out.printf(
          "  lane p99 during       %.2f ms (%d pulses while the purge ran)%n",
          during.at(99) / 1e6, during.count());
      System.out.printf("  lane max during       %.2f ms%n", during.max() / 1e6);
      System.out.printf("  wrong opens           %d%n", traffic.wrongOpens());
      figures =
          String.format(
              "rows=%d seconds=%.2f lane_p99_ratio=%.2f held_kept=%d",
              counts.get(PurgeCounts.PLATE_READS),
              seconds,
              ratio,
              counts.get(PurgeCounts.HELD_KEPT));
      server.stop();
    } finally {
      sims.forEach(IoModuleSimulator::close);
    }
    System.out.println(figures);
    return 0;
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

  /** Lanes driven as in {@code bench/run lane}, until stopped; each pulse timed and stamped. */
  private static final class Lanes {
    private final List<IoModuleSimulator> sims;
    private final URI base;
    private final int gap;
    private final List<long[]> samples = new ArrayList<>(); // {sent nanos, latency nanos}
    private final ExecutorService pool;
    private final List<Future<?>> running = new ArrayList<>();
    private volatile boolean stop;
    private long wrongOpens;

    Lanes(List<IoModuleSimulator> sims, URI base, int gap) {
      this.sims = sims;
      this.base = base;
      this.gap = gap;
      this.pool = Executors.newFixedThreadPool(sims.size());
    }

    void start() {
      HttpClient http = HttpClient.newHttpClient();
      for (int i = 0; i < sims.size(); i++) {
        LaneDriver driver = new LaneDriver(i, sims.get(i).lane(), http, base);
        running.add(
            pool.submit(
                () -> {
                  java.util.Random jitter = new java.util.Random(driver.hashCode());
                  for (int v = 0; !stop; v++) {
                    if (gap > 0) {
                      Thread.sleep(gap / 2 + jitter.nextInt(gap));
                    }
                    boolean stranger = v % 10 == 7;
                    long sent = System.nanoTime();
                    LaneDriver.Visit visit = driver.visit(v, stranger);
                    synchronized (samples) {
                      if (!stranger) {
                        samples.add(new long[] {sent, visit.latencyNanos()});
                      }
                      if (visit.wrongOpen()) {
                        wrongOpens++;
                      }
                    }
                  }
                  return null;
                }));
      }
    }

    void stop() throws Exception {
      stop = true;
      for (Future<?> f : running) {
        f.get();
      }
      pool.shutdownNow();
    }

    Percentiles between(long from, long to) {
      synchronized (samples) {
        return new Percentiles(
            samples.stream()
                .filter(s -> s[0] >= from && s[0] <= to)
                .mapToLong(s -> s[1])
                .toArray());
      }
    }

    long wrongOpens() {
      synchronized (samples) {
        return wrongOpens;
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
