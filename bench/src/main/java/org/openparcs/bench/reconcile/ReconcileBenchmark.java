package org.openparcs.bench.reconcile;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.controller.bench.GarageRows.Table;
import org.openparcs.controller.bench.JdbcRowSink;
import org.openparcs.controller.bench.TrafficGenerator;
import org.openparcs.controller.bench.TrafficPlan;
import org.openparcs.controller.bench.TrafficPlan.LaneSpec;
import org.openparcs.controller.bench.TrafficReport;
import org.openparcs.controller.reconciliation.application.ReconcilePeriod;
import org.openparcs.controller.reconciliation.model.ReconciliationRun;
import org.openparcs.controller.tariff.application.PublishTariff;
import org.openparcs.db.DatabaseFactory.PooledDatabase;

/**
 * {@code bench/run reconcile [--sessions N] [--days N] [--injections N] [--seed N] [--keep DIR]}:
 * generates a garage-month of city-scale traffic with injected fraud of every kind into the
 * controller's embedded MariaDB (untimed), then times one reconciliation of the month: every rule,
 * storing the findings and reporting them to the outbox. Then re-runs each rule alone to show where
 * the time goes.
 */
public final class ReconcileBenchmark {

  static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

  private ReconcileBenchmark() {}

  public static int run(String[] args) throws Exception {
    int sessions = intOption(args, "--sessions", 1_150_000);
    int days = intOption(args, "--days", 30);
    int injections = intOption(args, "--injections", 20);
    long seed = intOption(args, "--seed", 7);
    int permits = Math.max(20, sessions / 500);
    int visitorsPerDay = (int) ((sessions - permits * 0.7 * days) / days);
    List<LaneSpec> entries = lanes("entry", 6);
    List<LaneSpec> exits = lanes("exit", 6);
    List<IoModuleSimulator> sims = new ArrayList<>();
    String keep = stringOption(args, "--keep", null);
    Path data = keep == null ? Files.createTempDirectory("parcs-bench-reconcile-") : Path.of(keep);
    try (ApplicationContext ctx = ApplicationContext.run(properties(entries, exits, sims, data))) {
      PooledDatabase db = ctx.getBean(PooledDatabase.class);
      tune(db);
      ctx.getBean(PublishTariff.class).publish(BenchTariff.version());
      TrafficPlan plan =
          new TrafficPlan(
              "bench-garage",
              ZONE,
              LocalDate.of(2026, 10, 15),
              days,
              visitorsPerDay,
              permits,
              injections,
              entries,
              exits,
              BenchTariff.version(),
              seed);
      System.err.printf(
          "generating %d days x %d visitors + %d permits...%n", days, visitorsPerDay, permits);
      long loadStart = System.nanoTime();
      TrafficReport traffic;
      try (Connection c = db.raw().getConnection()) {
        traffic =
            TrafficGenerator.generate(
                plan,
                new JdbcRowSink(
                    c,
                    2000,
                    ctx.getBean(org.openparcs.protection.PlateCipher.class),
                    ctx.getBean(org.openparcs.protection.PlateLookup.class)));
      }
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      analyze(db);
      System.err.println("reconciling...");
      ReconcilePeriod reconcile = ctx.getBean(ReconcilePeriod.class);
      long started = System.nanoTime();
      ReconciliationRun run = reconcile.run(traffic.period(), ReconciliationRun.Trigger.ON_DEMAND);
      double seconds = (System.nanoTime() - started) / 1e9;
      RuleTimes times = RuleTimes.measure(ctx, traffic.period());
      BenchReport.print(traffic, run, seconds, loadSeconds, times, ctx);
    } finally {
      sims.forEach(IoModuleSimulator::close);
      if (keep == null) {
        deleteTree(data);
      }
    }
    return 0;
  }

  /** The month's data is gigabytes: do not leave it in the temporary folder. */
  private static void deleteTree(Path root) throws java.io.IOException {
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static Map<String, Object> properties(
      List<LaneSpec> entries, List<LaneSpec> exits, List<IoModuleSimulator> sims, Path data) {
    Map<String, Object> p = new HashMap<>();
    p.put("micronaut.server.port", -1);
    p.put("parcs.db.embedded-dir", data.toString());
    p.put("parcs.protection.ephemeral-keys", true);
    p.put("parcs.db.database", "parcs_bench");
    p.put("parcs.garage.id", "bench-garage");
    p.put("parcs.garage.name", "Bench Garage");
    p.put("parcs.garage.time-zone", ZONE.getId());
    p.put("parcs.lane-monitor.poll-interval", "60s");
    p.put("parcs.reconciliation.nightly", false);
    List<LaneSpec> all = new ArrayList<>(entries);
    all.addAll(exits);
    for (LaneSpec lane : all) {
      IoModuleSimulator sim = IoModuleSimulator.start(SimulatedLane.standard(lane.id()), 0);
      sims.add(sim);
      String k = "parcs.lanes." + lane.id() + ".";
      p.put(k + "name", lane.id());
      p.put(k + "direction", lane.id().startsWith("entry") ? "ENTRY" : "EXIT");
      p.put(k + "io-host", "127.0.0.1");
      p.put(k + "io-port", sim.port());
      p.put(k + "cameras", lane.camera());
    }
    return p;
  }

  /** The whole month's working set fits in memory, as on a city's reporting server. */
  private static void tune(PooledDatabase db) throws Exception {
    try (Connection c = db.raw().getConnection();
        Statement s = c.createStatement()) {
      s.execute("SET GLOBAL innodb_buffer_pool_size = 6442450944");
      s.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 2");
    }
  }

  private static void analyze(PooledDatabase db) throws Exception {
    try (Connection c = db.raw().getConnection();
        Statement s = c.createStatement()) {
      for (Table t : Table.values()) {
        s.execute("ANALYZE TABLE " + t.tableName());
      }
    }
  }

  private static List<LaneSpec> lanes(String prefix, int n) {
    List<LaneSpec> lanes = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      lanes.add(new LaneSpec(prefix + "-" + i, "cam-" + prefix + "-" + i, i != n));
    }
    return lanes;
  }

  static String stringOption(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  static int intOption(String[] args, String name, int fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
