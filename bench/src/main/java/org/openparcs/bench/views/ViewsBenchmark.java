package org.openparcs.bench.views;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.openparcs.bench.Percentiles;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.controller.operator.application.OperatorSessions;
import org.openparcs.controller.operator.model.OperatorIdentity;
import org.openparcs.identity.MachineKeys;
import org.openparcs.identity.SignedRequests;
import org.openparcs.identity.SigningKey;

/**
 * {@code bench/run views [--requests N]}: what the door of the garage's views costs per request,
 * one client after the other over real HTTP against the controller in this JVM (embedded MariaDB):
 * an unguarded view ({@code /api/lane-devices}), a guarded view that shows no plate ({@code
 * /api/lanes}: the session looked up in the database), a plate-revealing view with a session
 * ({@code /api/reads?limit=12}: session look-up, then the T1 record and its outbox event in one
 * transaction) and the same signed by the portal (Ed25519 verification instead of the look-up). The
 * session is opened as the portal's log-on opens it ({@link OperatorSessions}).
 */
public final class ViewsBenchmark {

  private ViewsBenchmark() {}

  public static int run(String[] args) throws Exception {
    int requests = intOption(args, "--requests", 2000);
    KeyPair portalPair = MachineKeys.generate();
    SigningKey portal = new SigningKey("bench-portal", portalPair.getPrivate());
    try (IoModuleSimulator io = IoModuleSimulator.start(SimulatedLane.standard("lane-0"), 0)) {
      Map<String, Object> p = new HashMap<>();
      p.put("micronaut.server.port", -1);
      p.put("parcs.db.embedded-shared", true);
      p.put("parcs.protection.ephemeral-keys", true);
      p.put("parcs.garage.id", "bench-garage");
      p.put("parcs.lanes.lane-0.name", "Lane 0");
      p.put("parcs.lanes.lane-0.direction", "ENTRY");
      p.put("parcs.lanes.lane-0.io-host", "127.0.0.1");
      p.put("parcs.lanes.lane-0.io-port", io.port());
      p.put("parcs.lanes.lane-0.cameras", "cam-0");
      p.put("parcs.cameras.cam-0.token", "bench-camera-token-0123456789");
      p.put(
          "parcs.identity.portal-keys",
          "bench-portal=" + MachineKeys.publicText(portalPair.getPublic()));
      try (ApplicationContext ctx =
          ApplicationContext.run(EmbeddedServer.class, p).getApplicationContext()) {
        URI base = ctx.getBean(EmbeddedServer.class).getURI();
        String token =
            ctx.getBean(OperatorSessions.class)
                .open(
                    new OperatorIdentity(
                        "bench.op",
                        "Parking",
                        UUID.randomUUID(),
                        Instant.now().plus(8, ChronoUnit.HOURS),
                        "bench-garage",
                        Set.of("OPERATOR")),
                    "127.0.0.1",
                    "garage-access")
                .id();
        HttpClient http = HttpClient.newHttpClient();
        Map<String, Function<String, HttpRequest>> kinds = new LinkedHashMap<>();
        kinds.put("open", path -> HttpRequest.newBuilder(base.resolve(path)).GET().build());
        kinds.put(
            "session",
            path ->
                HttpRequest.newBuilder(base.resolve(path))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build());
        kinds.put(
            "portal",
            path -> {
              HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).GET();
              SignedRequests.sign(portal, "GET", path, new byte[0], Instant.now())
                  .forEach(b::header);
              b.header("Parcs-Purpose", "garage-access");
              return b.build();
            });
        StringBuilder figures = new StringBuilder();
        System.out.printf("%-34s %8s %8s %8s%n", "request", "p50 us", "p99 us", "max us");
        figures.append(
            time(http, kinds.get("open"), "/api/lane-devices", requests, "open_devices"));
        figures.append(time(http, kinds.get("session"), "/api/lanes", requests, "session_lanes"));
        figures.append(
            time(http, kinds.get("session"), "/api/reads?limit=12", requests, "session_reads"));
        figures.append(
            time(http, kinds.get("portal"), "/api/reads?limit=12", requests, "portal_reads"));
        System.out.println("requests=" + requests + figures);
      }
    }
    return 0;
  }

  private static String time(
      HttpClient http, Function<String, HttpRequest> request, String path, int n, String key)
      throws Exception {
    for (int i = 0; i < Math.min(200, n); i++) {
      send(http, request.apply(path));
    }
    long[] micros = new long[n];
    for (int i = 0; i < n; i++) {
      HttpRequest r = request.apply(path);
      long t0 = System.nanoTime();
      send(http, r);
      micros[i] = (System.nanoTime() - t0) / 1000;
    }
    Percentiles p = new Percentiles(micros);
    System.out.printf("%-34s %8d %8d %8d%n", key + " " + path, p.at(50), p.at(99), p.max());
    return " " + key + "_p50_us=" + p.at(50) + " " + key + "_p99_us=" + p.at(99);
  }

  private static void send(HttpClient http, HttpRequest r) throws Exception {
    HttpResponse<String> answer = http.send(r, HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          r.uri() + " answered " + answer.statusCode() + ": " + answer.body());
    }
  }

  private static int intOption(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
