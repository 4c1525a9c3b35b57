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
import javax.sql.DataSource;
import org.openparcs.bridge.sim.IoModuleSimulator;

/** Helpers for tests that run a garage: lane configuration, HTTP calls, SQL counts, waiting. */
public final class GarageTestSupport {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private GarageTestSupport() {}

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
    return p;
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

  public static HttpResponse<String> post(URI base, String path, String contentType, String body) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(base.resolve(path))
              .header("Content-Type", contentType)
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Posts raw bytes (a camera frame). */
  public static HttpResponse<String> postBytes(
      URI base, String path, String contentType, byte[] body) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(base.resolve(path))
              .header("Content-Type", contentType)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static HttpResponse<byte[]> getBytes(URI base, String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(base.resolve(path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static HttpResponse<String> get(URI base, String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(base.resolve(path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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
}
