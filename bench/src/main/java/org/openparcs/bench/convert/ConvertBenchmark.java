package org.openparcs.bench.convert;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.controller.protection.infrastructure.ClearPlates;
import org.openparcs.db.DatabaseFactory.PooledDatabase;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * {@code bench/run convert [--rows N] [--batch N]}: the start-up converter of POLICY K1 on rows an
 * older schema left in clear: N outbox events (a plate read's JSON payload each) and N/10 operator
 * corrections, sealed (and hashed) in batches of N rows by {@link ClearPlates}, on the embedded
 * MariaDB with the real migrations. Prints the wall time and rows per second.
 */
public final class ConvertBenchmark {

  private ConvertBenchmark() {}

  public static int run(String[] args) throws Exception {
    int rows = (int) option(args, "--rows", 200_000);
    int batch = (int) option(args, "--batch", 500);
    IoModuleSimulator lane = IoModuleSimulator.start(SimulatedLane.standard("lane-0"), 0);
    Map<String, Object> props = new HashMap<>();
    props.put("micronaut.server.port", -1);
    props.put("parcs.db.embedded-shared", true);
    props.put("parcs.protection.ephemeral-keys", true);
    props.put("parcs.protection.convert-at-start", false);
    props.put("parcs.protection.rekey-at-start", false);
    props.put("parcs.garage.id", "bench-garage");
    props.put("parcs.garage.name", "Bench Garage");
    props.put("parcs.lanes.lane-0.name", "Lane 0");
    props.put("parcs.lanes.lane-0.direction", "ENTRY");
    props.put("parcs.lanes.lane-0.io-host", "127.0.0.1");
    props.put("parcs.lanes.lane-0.io-port", lane.port());
    props.put("parcs.lanes.lane-0.cameras", "cam-0");
    try (ApplicationContext ctx = ApplicationContext.run(props, "bench")) {
      DataSource db = ctx.getBean(PooledDatabase.class).raw();
      PlateCipher cipher = ctx.getBean(PlateCipher.class);
      PlateLookup lookup = ctx.getBean(PlateLookup.class);
      int corrections = rows / 10;
      seed(db, rows, corrections);
      long start = System.nanoTime();
      Map<String, Long> sealed = new ClearPlates(db, cipher, lookup, batch).sealAll();
      double seconds = (System.nanoTime() - start) / 1e9;
      // What a start costs when nothing is left: the walk, with the converted columns forgotten.
      try (Connection c = db.getConnection();
          Statement s = c.createStatement()) {
        s.execute("DELETE FROM clear_plates_converted");
      }
      long again = System.nanoTime();
      new ClearPlates(db, cipher, lookup, batch).sealAll();
      double idle = (System.nanoTime() - again) / 1e9;
      long total = sealed.values().stream().mapToLong(Long::longValue).sum();
      System.out.println("Sealing rows left in clear (K1 converter)");
      System.out.printf("  rows sealed           %s%n", sealed);
      System.out.printf("  batch                 %d%n", batch);
      System.out.printf("  wall time             %.2f s%n", seconds);
      System.out.printf("  rows per second       %.0f%n", total / seconds);
      System.out.printf("  second run (nothing)  %.2f s%n", idle);
      System.out.printf(
          "rows=%d corrections=%d batch=%d seconds=%.2f rows_per_s=%.0f second_run_s=%.2f%n",
          rows, corrections, batch, seconds, total / seconds, idle);
    }
    lane.close();
    return 0;
  }

  /** The pre-V115 form: clear payloads and texts, the sealed columns empty. */
  private static void seed(DataSource db, int rows, int corrections) throws Exception {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO outbox (event_id, event_type, occurred_at, payload)"
                  + " VALUES (UUID(), 'plate_read', UTC_TIMESTAMP(6), ?)")) {
        for (int i = 0; i < rows; i++) {
          ps.setString(
              1,
              "{\"readId\":\"%s\",\"lane\":\"lane-0\",\"camera\":\"cam-0\",\"plate\":\"CV%05d\","
                      .formatted(java.util.UUID.randomUUID(), i % 100_000)
                  + "\"rawPlate\":\"cv%05d\",\"confidence\":0.93,\"receivedAt\":\"%s\"}"
                      .formatted(i % 100_000, Instant.now()));
          ps.addBatch();
          if (i % 2000 == 1999) {
            ps.executeBatch();
            c.commit();
          }
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO plate_correction (id, garage_id, lane_id, plate_read_id,"
                  + " corrected_read_id, original_text, corrected_text, operator, reason,"
                  + " corrected_at) VALUES (UUID(), 'bench-garage', 'lane-0', UUID(), UUID(),"
                  + " ?, ?, 'bench', 'from the image', UTC_TIMESTAMP(6))")) {
        for (int i = 0; i < corrections; i++) {
          ps.setString(1, "CX%05d".formatted(i % 100_000));
          ps.setString(2, "CV%05d".formatted(i % 100_000));
          ps.addBatch();
          if (i % 2000 == 1999) {
            ps.executeBatch();
            c.commit();
          }
        }
        ps.executeBatch();
      }
      c.commit();
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE TABLE outbox, plate_correction");
      }
    }
  }

  private static long option(String[] args, String name, long fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return Long.parseLong(args[i + 1]);
      }
    }
    return fallback;
  }
}
