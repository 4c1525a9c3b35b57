package org.openparcs.bench.ingest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The portal in its own JVM, started from admin-portal's build output (as in production, with the
 * full JIT), logging to a file. The benchmark JVM holds the controller's classes too, so the portal
 * does not run in it: one Micronaut context would start both services' beans.
 */
final class PortalProcess implements AutoCloseable {

  private final Process process;
  private final URI base;

  private PortalProcess(Process process, URI base) {
    this.process = process;
    this.base = base;
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    return java.util.Base64.getEncoder().encodeToString(key);
  }

  static PortalProcess start(Path repository, Map<String, String> properties, Path log)
      throws IOException, InterruptedException {
    Path module = repository.resolve("admin-portal");
    Path classpath = module.resolve("target/classpath.txt");
    if (!Files.isRegularFile(classpath)) {
      throw new IllegalStateException("admin-portal is not built: run bench/run (it builds it)");
    }
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xms512m", "-Xmx1g", "-XX:+UseParallelGC", "-cp"));
    command.add(module.resolve("target/classes") + ":" + Files.readString(classpath).strip());
    command.add("-Dmicronaut.server.port=" + port);
    properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
    // Plate keys (POLICY K1): random for each run, the portal seals what the bench sends.
    command.add("-Dparcs.protection.data-keys=bench-data:" + randomKey());
    command.add("-Dparcs.protection.current-data-key=bench-data");
    command.add("-Dparcs.protection.lookup-keys=bench-lookup:" + randomKey());
    command.add("-Dparcs.protection.current-lookup-key=bench-lookup");
    command.add("org.openparcs.portal.PortalApplication");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
            .start();
    PortalProcess portal = new PortalProcess(process, URI.create("http://127.0.0.1:" + port + "/"));
    portal.awaitHealthy(Duration.ofSeconds(120), log);
    return portal;
  }

  /** The portal process's id, to read its CPU time. */
  long pid() {
    return process.pid();
  }

  URI base() {
    return base;
  }

  private void awaitHealthy(Duration limit, Path log) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the portal exited during start-up; see " + log);
      }
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(base.resolve("health")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    close();
    throw new IllegalStateException("the portal did not start within " + limit + "; see " + log);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
