package org.openparcs.bench.lane;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.openparcs.bench.Percentiles;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.db.DatabaseFactory.PooledDatabase;
import org.openparcs.identity.MachineKeys;
import org.openparcs.identity.SignedRequests;
import org.openparcs.identity.SigningKey;

/**
 * {@code bench/run lane [--lanes N] [--vehicles N]}: time from a camera push leaving the camera to
 * the OPEN relay coil being written at the lane's I/O module. The controller runs in this JVM with
 * its embedded MariaDB; each lane's I/O module is a simulated Modbus TCP device on loopback; pushes
 * go over real HTTP. One vehicle in ten is a stranger, who must never get a pulse. {@code --gap-ms
 * N} paces each lane (about N ms between its vehicles); 0, the default, runs them back to back,
 * which measures the controller saturated.
 */
public final class LaneBenchmark {

  private static int gapMillis;

  /**
   * The portal's key for this run: permits are registered as the portal registers them, by a
   * request signed with its key (the garage's permits answer nobody else but its operators).
   */
  private static final java.security.KeyPair PORTAL = MachineKeys.generate();

  private LaneBenchmark() {}

  public static int run(String[] args) throws Exception {
    int lanes = intOption(args, "--lanes", 1);
    int vehicles = intOption(args, "--vehicles", 300);
    int warmup = intOption(args, "--warmup", 30);
    // 0: each lane's next vehicle right after the last (saturation); n: about n ms between the
    // vehicles of one lane, with jitter so lanes do not march in step.
    gapMillis = intOption(args, "--gap-ms", 0);
    Path data = Files.createTempDirectory("parcs-bench-lane-");
    List<IoModuleSimulator> sims = new ArrayList<>();
    for (int i = 0; i < lanes; i++) {
      sims.add(IoModuleSimulator.start(SimulatedLane.standard("lane-" + i), 0));
    }
    Map<String, Object> props = new HashMap<>();
    props.put("micronaut.server.port", -1);
    props.put("parcs.db.embedded-shared", true);
    // POLICY K1: random plate keys for this run (nothing it seals outlives it).
    props.put("parcs.protection.ephemeral-keys", true);
    props.put("parcs.garage.id", "bench-garage");
    props.put("parcs.garage.name", "Bench Garage");
    props.put(
        "parcs.identity.portal-keys", "bench-portal=" + MachineKeys.publicText(PORTAL.getPublic()));
    // The controller's defaults unless tuned: inputs polled every 50 ms, counters at every poll.
    props.put("parcs.lane-monitor.poll-interval", intOption(args, "--poll-ms", 50) + "ms");
    props.put("parcs.lane-control.counters-every", intOption(args, "--counters-every", 1));
    for (int i = 0; i < lanes; i++) {
      String p = "parcs.lanes.lane-" + i + ".";
      props.put(p + "name", "Lane " + i);
      props.put(p + "direction", "ENTRY");
      props.put(p + "io-host", "127.0.0.1");
      props.put(p + "io-port", sims.get(i).port());
      props.put(p + "cameras", "cam-" + i);
      // Each camera pushes with its own token (issue 9): the filter's check is part of the path.
      props.put("parcs.cameras.cam-" + i + ".token", LaneDriver.token(i));
      props.put("parcs.cameras.cam-" + i + ".sources", "127.0.0.0/8");
    }
    System.err.println("starting the controller with " + lanes + " simulated lane(s)...");
    long[][] latencies = new long[lanes][vehicles];
    List<LaneDriver.Visit> granted = new ArrayList<>();
    AtomicLong wrongOpens = new AtomicLong();
    double seconds;
    CpuUse.Sample cpu;
    String dbWork;
    String profile;
    try (ApplicationContext ctx = ApplicationContext.run(props, "bench")) {
      EmbeddedServer server = ctx.getBean(EmbeddedServer.class).start();
      URI base = server.getURI();
      HttpClient http = HttpClient.newHttpClient();
      registerPermits(http, base, lanes, warmup + vehicles);
      System.err.println("warming up...");
      runLanes(
          http,
          base,
          sims,
          0,
          warmup,
          new long[lanes][warmup],
          new ArrayList<>(),
          new AtomicLong());
      long started = System.nanoTime();
      CpuUse.Sample cpuBefore = CpuUse.now();
      javax.sql.DataSource raw = ctx.getBean(PooledDatabase.class).raw();
      java.util.Map<String, Long> dbBefore = DatabaseWork.now(raw);
      runLanes(http, base, sims, warmup, vehicles, latencies, granted, wrongOpens);
      cpu = CpuUse.now().minus(cpuBefore);
      dbWork = DatabaseWork.perVehicle(dbBefore, DatabaseWork.now(raw), lanes * vehicles);
      seconds = (System.nanoTime() - started) / 1e9;
      profile =
          profile(
              granted,
              ctx.getBean(PooledDatabase.class).raw(),
              ctx.getBean(org.openparcs.protection.PlateCipher.class));
      server.stop();
    } finally {
      sims.forEach(IoModuleSimulator::close);
    }
    // Printed after the controller stopped, so nothing else follows the figures line.
    System.out.print(profile);
    report(lanes, vehicles, latencies, wrongOpens.get(), seconds, cpu, dbWork);
    return 0;
  }

  private static String profile(
      List<LaneDriver.Visit> granted,
      javax.sql.DataSource db,
      org.openparcs.protection.PlateCipher cipher)
      throws Exception {
    java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
    LaneProfile.print(
        granted,
        db,
        cipher,
        new java.io.PrintStream(text, true, java.nio.charset.StandardCharsets.UTF_8));
    return text.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void runLanes(
      HttpClient http,
      URI base,
      List<IoModuleSimulator> sims,
      int offset,
      int vehicles,
      long[][] out,
      List<LaneDriver.Visit> granted,
      AtomicLong wrongOpens)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(sims.size());
    List<Future<?>> lanes = new ArrayList<>();
    for (int i = 0; i < sims.size(); i++) {
      LaneDriver driver = new LaneDriver(i, sims.get(i).lane(), http, base);
      long[] latencies = out[i];
      lanes.add(
          pool.submit(
              () -> {
                java.util.Random jitter = new java.util.Random(driverSeed(latencies));
                for (int v = 0; v < vehicles; v++) {
                  if (gapMillis > 0) {
                    Thread.sleep(gapMillis / 2 + jitter.nextInt(gapMillis));
                  }
                  boolean stranger = v % 10 == 7;
                  LaneDriver.Visit visit = driver.visit(offset + v, stranger);
                  latencies[v] = visit.latencyNanos();
                  if (!stranger) {
                    synchronized (granted) {
                      granted.add(visit);
                    }
                  }
                  if (visit.wrongOpen()) {
                    wrongOpens.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    try {
      for (Future<?> f : lanes) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static long driverSeed(Object lane) {
    return System.identityHashCode(lane);
  }

  private static void registerPermits(HttpClient http, URI base, int lanes, int perLane)
      throws Exception {
    Instant from = Instant.now().minus(1, ChronoUnit.DAYS);
    Instant to = Instant.now().plus(1, ChronoUnit.DAYS);
    for (int lane = 0; lane < lanes; lane++) {
      for (int v = 0; v < perLane; v++) {
        String body =
            "{\"plate\":\""
                + LaneDriver.plate(lane, v)
                + "\",\"holder\":\"Bench\",\"kind\":\"PERMIT\","
                + "\"validFrom\":\""
                + from
                + "\",\"validTo\":\""
                + to
                + "\"}";
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest.Builder request =
            HttpRequest.newBuilder(base.resolve("/api/permits"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        SignedRequests.sign(
                new SigningKey("bench-portal", PORTAL.getPrivate()),
                "POST",
                "/api/permits",
                bytes,
                Instant.now())
            .forEach(request::header);
        request.header("Parcs-Purpose", "garage-access");
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
          throw new IllegalStateException("permit refused: " + r.body());
        }
      }
    }
  }

  private static void report(
      int lanes,
      int vehicles,
      long[][] latencies,
      long wrongOpens,
      double seconds,
      CpuUse.Sample cpu,
      String dbWork) {
    List<Long> granted = new ArrayList<>();
    for (long[] lane : latencies) {
      for (long l : lane) {
        if (l > 0) {
          granted.add(l);
        }
      }
    }
    Percentiles p = new Percentiles(granted.stream().mapToLong(Long::longValue).toArray());
    System.out.println(
        "Lane latency: camera push sent -> OPEN relay coil written (granted vehicles)");
    System.out.printf("  lanes                 %d%n", lanes);
    System.out.printf("  vehicles per lane     %d (every 10th a stranger)%n", vehicles);
    System.out.printf(
        "  pacing                %s%n",
        gapMillis == 0
            ? "back to back (each lane's next vehicle at once)"
            : "about " + gapMillis + " ms between the vehicles of a lane");
    System.out.printf("  pulses measured       %d%n", p.count());
    System.out.printf("  p50                   %.2f ms%n", p.at(50) / 1e6);
    System.out.printf("  p90                   %.2f ms%n", p.at(90) / 1e6);
    System.out.printf("  p99                   %.2f ms%n", p.at(99) / 1e6);
    System.out.printf("  max                   %.2f ms%n", p.max() / 1e6);
    System.out.printf("  wrong opens           %d%n", wrongOpens);
    System.out.printf("  wall time             %.1f s%n", seconds);
    // CPU per vehicle hardly depends on the machine's other load: compare code versions with it.
    int all = lanes * vehicles;
    System.out.printf(
        "  CPU per vehicle       %.2f ms in this JVM (controller, simulators, driver),"
            + " %.2f ms in MariaDB%n",
        cpu.jvmNanos() / 1e6 / all, cpu.databaseNanos() / 1e6 / all);
    System.out.printf("  MariaDB per vehicle   %s%n", dbWork);
    System.out.printf(
        "lanes=%d vehicles=%d p50_ms=%.2f p99_ms=%.2f wrong_opens=%d%n",
        lanes, lanes * vehicles, p.at(50) / 1e6, p.at(99) / 1e6, wrongOpens);
  }

  private static int intOption(String[] args, String name, int fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
