package org.openparcs.bench.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.openparcs.bench.Percentiles;
import org.openparcs.db.EmbeddedMariaDb;

/**
 * {@code bench/run ingest [--garages N] [--events N] [--batch N]}: garage events per second into
 * the portal through its real HTTP path (bearer token, JSON batch, one transaction per batch under
 * the garage's row lock) into MariaDB. Each simulated garage sends its events in seq order, one
 * batch after the other, as its outbox relay does; the garages send at the same time. Afterwards
 * the database is counted: every event sent must be stored once.
 */
public final class IngestBenchmark {

  private IngestBenchmark() {}

  public static int run(String[] args) throws Exception {
    int garages = intOption(args, "--garages", 20);
    int events = intOption(args, "--events", 10_000);
    int batch = intOption(args, "--batch", 500);
    int warmupBatches = intOption(args, "--warmup-batches", 4);
    Path work = Files.createTempDirectory("parcs-bench-ingest-");
    try {
      return measure(garages, events, batch, warmupBatches, work);
    } finally {
      // The database of a run weighs about 700 MB: left behind, a few runs fill the shared disk.
      deleteTree(work);
    }
  }

  private static void deleteTree(Path root) {
    try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      System.err.println("could not delete " + root + ": " + e);
    }
  }

  private static int measure(int garages, int events, int batch, int warmupBatches, Path work)
      throws Exception {
    try (EmbeddedMariaDb mariadb = EmbeddedMariaDb.start(work.resolve("mariadb"), 0)) {
      String database = "parcs_portal_bench";
      mariadb.createDatabase(database);
      Map<String, String> props = new HashMap<>();
      props.put("parcs.db.embedded", "false");
      props.put("parcs.db.url", mariadb.jdbcUrl(database));
      props.put("parcs.db.user", mariadb.user());
      props.put("parcs.db.password", mariadb.password());
      props.put("parcs.db.max-pool-size", "24");
      props.put("logger.levels.org.openparcs", "WARN");
      for (int g = 0; g < garages; g++) {
        props.put("parcs.portal.garages[" + g + "].id", garage(g));
        props.put("parcs.portal.garages[" + g + "].name", "Bench garage " + g);
        props.put("parcs.portal.garages[" + g + "].token", token(g));
      }
      Path log = work.resolve("portal.log");
      System.err.println("starting the portal (own JVM, log " + log + ") ...");
      try (PortalProcess portal = PortalProcess.start(repository(), props, log)) {
        Senders senders = new Senders(portal.base(), garages, batch);
        System.err.println("warming up ...");
        senders.send(warmupBatches * batch, new long[garages][0]);
        int perGarageBatches = Math.max(1, events / batch);
        long[][] latencies = new long[garages][perGarageBatches];
        System.err.println("measuring " + garages * perGarageBatches * batch + " events ...");
        long started = System.nanoTime();
        long portalCpu = org.openparcs.bench.lane.CpuUse.procCpuNanos(portal.pid());
        long databaseCpu = org.openparcs.bench.lane.CpuUse.databaseNanos();
        senders.send(perGarageBatches * batch, latencies);
        double seconds = (System.nanoTime() - started) / 1e9;
        // CPU per event hardly depends on the machine's other load: compare versions with it.
        double thousands = garages * (double) perGarageBatches * batch / 1000;
        String cpu =
            String.format(
                "  CPU per 1,000 events  %.1f ms portal, %.1f ms MariaDB%n",
                (org.openparcs.bench.lane.CpuUse.procCpuNanos(portal.pid()) - portalCpu)
                    / 1e6
                    / thousands,
                (org.openparcs.bench.lane.CpuUse.databaseNanos() - databaseCpu) / 1e6 / thousands);
        Counts counts = count(mariadb, database, garages, senders);
        report(garages, batch, senders, latencies, seconds, counts, cpu);
      }
    }
    return 0;
  }

  /** The garages' relays: each sends its own events in seq order, all garages at once. */
  private static final class Senders {
    private final URI base;
    private final int garages;
    private final int batch;
    private final HttpClient http =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final long[] nextSeq;
    final AtomicLong accepted = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();

    Senders(URI base, int garages, int batch) {
      this.base = base;
      this.garages = garages;
      this.batch = batch;
      this.nextSeq = new long[garages];
      java.util.Arrays.fill(nextSeq, 1);
    }

    long sent() {
      long total = 0;
      for (long n : nextSeq) {
        total += n - 1;
      }
      return total;
    }

    void send(int perGarage, long[][] latencies) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(garages);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int g = 0; g < garages; g++) {
          int garage = g;
          done.add(
              pool.submit(
                  () -> {
                    sendGarage(garage, perGarage, latencies[garage]);
                    return null;
                  }));
        }
        for (Future<?> f : done) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
    }

    private void sendGarage(int g, int count, long[] latencies) throws Exception {
      for (int b = 0; b * batch < count; b++) {
        long from = nextSeq[g];
        byte[] body = body(g, from, batch);
        HttpRequest request =
            HttpRequest.newBuilder(base.resolve("api/garages/" + garage(g) + "/events"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token(g))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        long t0 = System.nanoTime();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (b < latencies.length) {
          latencies[b] = System.nanoTime() - t0;
        }
        if (answer.statusCode() != 200) {
          throw new IllegalStateException(
              "portal answered " + answer.statusCode() + ": " + answer.body());
        }
        accepted.addAndGet(number(answer.body(), "accepted"));
        duplicates.addAndGet(number(answer.body(), "duplicates"));
        nextSeq[g] = from + batch;
      }
    }
  }

  /** What the database holds afterwards, per garage against what was sent. */
  private record Counts(long stored, long distinctIds, long lost, long duplicates) {}

  private static Counts count(EmbeddedMariaDb db, String database, int garages, Senders senders)
      throws SQLException {
    long stored = 0;
    long lost = 0;
    long extra = 0;
    try (Connection c =
            DriverManager.getConnection(db.jdbcUrl(database), db.user(), db.password());
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(*), COUNT(DISTINCT garage_seq) FROM received_event WHERE garage_id = ?")) {
      for (int g = 0; g < garages; g++) {
        ps.setString(1, garage(g));
        try (ResultSet rows = ps.executeQuery()) {
          rows.next();
          long n = rows.getLong(1);
          long expected = senders.nextSeq[g] - 1;
          stored += n;
          lost += Math.max(0, expected - rows.getLong(2));
          extra += n - rows.getLong(2) + Math.max(0, n - expected);
        }
      }
      long distinct;
      try (PreparedStatement all =
              c.prepareStatement("SELECT COUNT(DISTINCT event_id) FROM received_event");
          ResultSet rows = all.executeQuery()) {
        rows.next();
        distinct = rows.getLong(1);
      }
      return new Counts(stored, distinct, lost, extra + (stored - distinct));
    }
  }

  private static void report(
      int garages,
      int batch,
      Senders senders,
      long[][] latencies,
      double seconds,
      Counts counts,
      String cpu) {
    long measured = 0;
    List<Long> all = new ArrayList<>();
    for (long[] perGarage : latencies) {
      for (long l : perGarage) {
        all.add(l);
        measured += batch;
      }
    }
    Percentiles p = new Percentiles(all.stream().mapToLong(Long::longValue).toArray());
    long perSecond = Math.round(measured / seconds);
    System.out.println();
    System.out.println("ingest: garage events over HTTP into the portal's MariaDB");
    System.out.printf("  garages (concurrent)  %d%n", garages);
    System.out.printf("  batch size            %d events%n", batch);
    System.out.printf(
        "  events measured       %d (%d sent in all, warm-up included)%n",
        measured, senders.sent());
    System.out.printf("  wall time             %.2f s%n", seconds);
    System.out.printf("  events/s              %d%n", perSecond);
    System.out.printf("  batch p50 / p99       %.1f / %.1f ms%n", p.at(50) / 1e6, p.at(99) / 1e6);
    System.out.printf(
        "  stored                %d (distinct ids %d)%n", counts.stored(), counts.distinctIds());
    System.out.printf(
        "  accepted / dup answers %d / %d%n", senders.accepted.get(), senders.duplicates.get());
    System.out.print(cpu);
    System.out.printf(
        "garages=%d events=%d events_per_s=%d duplicates=%d lost=%d%n",
        garages, measured, perSecond, counts.duplicates(), counts.lost());
  }

  private static byte[] body(int garage, long from, int count) {
    StringBuilder b = new StringBuilder(count * 330).append("{\"events\":[");
    Instant at = Instant.parse("2026-11-22T00:00:00Z");
    for (int i = 0; i < count; i++) {
      long seq = from + i;
      if (i > 0) {
        b.append(',');
      }
      b.append("{\"eventId\":\"")
          .append(UUID.nameUUIDFromBytes((garage + "#" + seq).getBytes(StandardCharsets.UTF_8)))
          .append("\",\"seq\":")
          .append(seq)
          .append(",\"type\":\"plate_read\",\"occurredAt\":\"")
          .append(at.plusMillis(seq * 250))
          .append("\",\"payload\":{\"readId\":\"")
          .append(UUID.randomUUID())
          .append("\",\"lane\":\"entry-1\",\"camera\":\"cam-entry-1\",\"plate\":\"B")
          .append(garage)
          .append('X')
          .append(seq % 100_000)
          .append("\",\"confidence\":0.93,\"region\":\"us-ca\",\"source\":\"bench\"}}");
    }
    return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static long number(String json, String field) {
    int i = json.indexOf("\"" + field + "\":");
    if (i < 0) {
      return 0;
    }
    int start = i + field.length() + 3;
    int end = start;
    while (end < json.length() && Character.isDigit(json.charAt(end))) {
      end++;
    }
    return Long.parseLong(json.substring(start, end));
  }

  private static String garage(int g) {
    return "bench-" + g;
  }

  private static String token(int g) {
    return "bench-garage-token-" + g + "-0123456789";
  }

  private static Path repository() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("admin-portal")) && Files.isRegularFile(d.resolve("mvnw"))) {
        return d;
      }
    }
    throw new IllegalStateException("run bench/run from inside the PARCS repository");
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
