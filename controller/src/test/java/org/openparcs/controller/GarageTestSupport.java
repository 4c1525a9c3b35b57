package org.openparcs.controller;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedVehicle;
import org.openparcs.controller.protection.infrastructure.ProtectionFactory;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/** Helpers for tests that run a garage: lane configuration, HTTP calls, SQL counts, waiting. */
public final class GarageTestSupport {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern CAMERA_IN_BODY =
      Pattern.compile("\"camera_id\"\\s*:\\s*\"([A-Za-z0-9._-]{1,64})\"");

  private GarageTestSupport() {}

  /**
   * POLICY K1: the SQL for a plate's lookup hash, {@code UNHEX('...')}, under this test JVM's
   * random keys ({@code parcs.protection.ephemeral-keys}).
   */
  public static String plateHash(String plate) {
    return "UNHEX('"
        + java.util.HexFormat.of()
            .formatHex(new PlateLookup(ProtectionFactory.ephemeralKeys()).hash(plate))
        + "')";
  }

  /** A value sealed for {@code table.column} under this test JVM's keys (POLICY K1). */
  public static byte[] sealed(String plate, String table, String column) {
    return new PlateCipher(ProtectionFactory.ephemeralKeys())
        .seal(plate, SealedContexts.of(table, column));
  }

  /** The lookup hash bytes of a plate under this test JVM's keys. */
  public static byte[] hashBytes(String plate) {
    return new PlateLookup(ProtectionFactory.ephemeralKeys()).hash(plate);
  }

  /** Opens a value sealed for {@code table.column}. */
  public static String opened(byte[] sealed, String table, String column) {
    return new PlateCipher(ProtectionFactory.ephemeralKeys())
        .openNullable(sealed, SealedContexts.of(table, column));
  }

  /** Properties for one lane served by {@code simulator}, watched by camera {@code camera}. */
  public static Map<String, String> lane(
      String id, String direction, IoModuleSimulator simulator, String camera) {
    Map<String, String> p = new HashMap<>();
    String prefix = "parcs.lanes." + id + ".";
    p.put(prefix + "name", id);
    p.put(prefix + "direction", direction);
    p.put(prefix + "io-host", "127.0.0.1");
    p.put(prefix + "io-port", String.valueOf(simulator.port()));
    p.put(prefix + "io-timeout", "300ms");
    p.put(prefix + "cameras", camera);
    p.putAll(cameraCredential(camera));
    return p;
  }

  /** The test token of a camera: its credential as registered by {@link #cameraCredential}. */
  public static String cameraToken(String camera) {
    return "test-camera-token-of-" + camera;
  }

  /** Registers the camera's test token ({@code parcs.cameras.<id>.token}). */
  public static Map<String, String> cameraCredential(String camera) {
    return Map.of("parcs.cameras." + camera + ".token", cameraToken(camera));
  }

  /** Where camera {@code camera} pushes its Plate Recognizer webhooks. */
  public static String pushPath(String camera) {
    return "/api/cameras/" + camera + "/platerecognizer";
  }

  public static String plateRecognizerPush(String camera, String plate, double score) {
    return """
        {"hook":{"target":"http://controller","id":"1","event":"recognition"},
         "data":{"camera_id":"%s","timestamp":"%s","filename":"frame.jpg",
          "results":[{"plate":"%s","score":%s,"dscore":0.9,
            "box":{"xmin":100,"ymin":200,"xmax":260,"ymax":250},
            "region":{"code":"us-ca","score":0.8},
            "candidates":[{"plate":"%s","score":%s}]}]}}
        """
        .formatted(camera, Instant.now(), plate.toLowerCase(), score, plate.toLowerCase(), score);
  }

  /**
   * A POST; to {@code /api/cameras/...} it carries the bearer token of the camera the body names
   * ({@code "camera_id":"..."}), as that camera would send it.
   */
  public static HttpResponse<String> post(URI base, String path, String contentType, String body) {
    Matcher camera = CAMERA_IN_BODY.matcher(body);
    String token =
        path.startsWith("/api/cameras/") && camera.find() ? cameraToken(camera.group(1)) : null;
    return post(base, path, contentType, token, body);
  }

  /**
   * A console session for {@code operator} at the default test garage ({@code garage-1}), opened as
   * the portal's log-on would open it (the portal's side is tested in the portal and in the demo's
   * browser test); its token is the bearer token of the operator APIs and views.
   */
  public static String operatorToken(
      org.openparcs.controller.operator.application.OperatorSessions sessions, String operator) {
    return operatorToken(sessions, "garage-1", operator);
  }

  /** A console session of a garage operator ({@code OPERATOR}) of garage {@code garageId}. */
  public static String operatorToken(
      org.openparcs.controller.operator.application.OperatorSessions sessions,
      String garageId,
      String operator) {
    return sessions.open(operatorOf(garageId, operator), "127.0.0.1", "garage-access").id();
  }

  /** An operator of garage {@code garageId} as the portal's assertion names them, for 8 hours. */
  public static org.openparcs.controller.operator.model.OperatorIdentity operatorOf(
      String garageId, String operator) {
    return new org.openparcs.controller.operator.model.OperatorIdentity(
        operator,
        "Parking",
        java.util.UUID.randomUUID(),
        java.time.Instant.now().plus(java.time.Duration.ofHours(8)),
        garageId,
        java.util.Set.of("OPERATOR"));
  }

  /** A POST with the given bearer token (none when null). */
  public static HttpResponse<String> post(
      URI base, String path, String contentType, String bearer, String body) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(base.resolve(path))
              .header("Content-Type", contentType)
              .POST(HttpRequest.BodyPublishers.ofString(body));
      if (bearer != null) {
        request.header("Authorization", "Bearer " + bearer);
      }
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Posts raw bytes (a camera frame); to {@code /api/cameras/{id}/...} with that camera's token.
   */
  public static HttpResponse<String> postBytes(
      URI base, String path, String contentType, byte[] body) {
    String prefix = "/api/cameras/";
    int slash = path.indexOf('/', prefix.length());
    String bearer =
        path.startsWith(prefix) && slash > 0
            ? cameraToken(path.substring(prefix.length(), slash))
            : null;
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(base.resolve(path))
              .header("Content-Type", contentType)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      if (bearer != null) {
        request.header("Authorization", "Bearer " + bearer);
      }
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static HttpResponse<byte[]> getBytes(URI base, String path) {
    return getBytes(base, path, null);
  }

  /** A GET with an operator's session token (none when null). */
  public static HttpResponse<byte[]> getBytes(URI base, String path, String bearer) {
    try {
      return HTTP.send(
          withBearer(HttpRequest.newBuilder(base.resolve(path)).GET(), bearer).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static HttpResponse<String> get(URI base, String path) {
    return get(base, path, null);
  }

  /** A GET with an operator's session token (none when null): the garage's views need one. */
  public static HttpResponse<String> get(URI base, String path, String bearer) {
    try {
      return HTTP.send(
          withBearer(HttpRequest.newBuilder(base.resolve(path)).GET(), bearer).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpRequest.Builder withBearer(HttpRequest.Builder request, String bearer) {
    return bearer == null ? request : request.header("Authorization", "Bearer " + bearer);
  }

  public static long count(DataSource ds, String sql, Object... args) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String string(DataSource ds, String sql, Object... args) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The payloads of the outbox events of {@code eventType}, opened (POLICY K1: they are sealed; a
   * row written in clear, as a restore reports itself, is taken as it is).
   */
  public static java.util.List<String> outboxPayloads(DataSource ds, String eventType) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT payload_sealed, payload FROM outbox WHERE event_type = ? ORDER BY seq")) {
      ps.setString(1, eventType);
      java.util.List<String> payloads = new java.util.ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byte[] sealed = rs.getBytes(1);
          payloads.add(
              sealed == null
                  ? rs.getString(2)
                  : new PlateCipher(ProtectionFactory.ephemeralKeys())
                      .open(sealed, SealedContexts.OUTBOX_PAYLOAD));
        }
      }
      return payloads;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The first column of the first row, a value sealed for {@code table.column}, opened (POLICY K1);
   * null when there is no row or the value is NULL.
   */
  public static String opened(
      DataSource ds, String table, String column, String sql, Object... args) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? opened(rs.getBytes(1), table, column) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits for a condition that real devices make true in their own time. */
  public static void await(String what, Duration limit, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /**
   * A vehicle on {@code lane}'s arming loop, its plate pushed by {@code camera} (Plate Recognizer,
   * score 0.95); it drives through when {@code passes}, else it backs off the loop.
   */
  public static HttpResponse<String> drive(
      URI base, IoModuleSimulator lane, String camera, String plate, boolean passes)
      throws InterruptedException {
    SimulatedVehicle car = new SimulatedVehicle(lane.lane(), Duration.ofMillis(100));
    car.arrive();
    HttpResponse<String> r =
        post(base, pushPath(camera), "application/json", plateRecognizerPush(camera, plate, 0.95));
    org.assertj.core.api.Assertions.assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    if (passes) {
      org.assertj.core.api.Assertions.assertThat(car.proceed(Duration.ofSeconds(5)))
          .isEqualTo(SimulatedVehicle.Outcome.PASSED);
    } else {
      leaveLoop(lane);
    }
    return r;
  }

  /**
   * The vehicle on the lane's arming loop backs away, and the controller sees the loop free before
   * the next one comes: on a real lane they are seconds apart, never within one poll.
   */
  public static void leaveLoop(IoModuleSimulator lane) {
    lane.lane().armingLoop(false);
    try {
      org.assertj.core.api.Assertions.assertThat(
              lane.lane().awaitArmingLoopRead(2, Duration.ofSeconds(5)))
          .as("the controller polls the lane")
          .isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Publishes tariff {@code version}, in force since yesterday: no grace, 1.00 USD per started 15
   * minutes, 24.00 a day, lost ticket 40.00 (a visitor owes 1.00 from the first minute).
   */
  public static void publishVisitorTariff(URI base, String version) {
    String tariff =
        """
        {"version":"%s","effectiveFrom":"%s","currency":"USD","graceMinutes":0,
         "incrementMinutes":15,"incrementPrice":100,"weekendIncrementPrice":100,"dailyMax":2400,
         "weekendDailyMax":2400,"lostTicketFee":4000}
        """
            .formatted(version, Instant.now().minus(Duration.ofDays(1)));
    HttpResponse<String> published = post(base, "/api/tariffs", "application/json", tariff);
    org.assertj.core.api.Assertions.assertThat(published.statusCode())
        .as(published.body())
        .isIn(200, 201);
  }
}
