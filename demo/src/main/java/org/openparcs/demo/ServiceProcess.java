package org.openparcs.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * A PARCS service (controller or portal) in its own JVM, started from its module's build output,
 * configured by system properties, with its output in a log file.
 */
public final class ServiceProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final URI base;
  private final Path log;

  private ServiceProcess(String name, Process process, URI base, Path log) {
    this.name = name;
    this.process = process;
    this.base = base;
    this.log = log;
  }

  /**
   * Starts {@code mainClass} of the module in {@code moduleDir} listening on {@code port}, and
   * waits until its health endpoint answers.
   *
   * @param tls the context trusting the service's certificate when it serves HTTPS; null: HTTP
   */
  public static ServiceProcess start(
      String name,
      Path moduleDir,
      String mainClass,
      int port,
      Map<String, String> properties,
      Path log,
      Duration startupLimit,
      SSLContext tls) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(ModuleClasspath.of(moduleDir));
    Map<String, String> props = new TreeMap<>(properties);
    props.put("micronaut.server.port", String.valueOf(port));
    Map<String, String> environment = new TreeMap<>();
    props.forEach(
        (k, v) -> {
          if (k.startsWith("parcs.protection.")) {
            // Keys go in the environment, not on the command line that ps shows (POLICY K1).
            environment.put(k.toUpperCase(java.util.Locale.ROOT).replaceAll("[.-]", "_"), v);
          } else {
            command.add("-D" + k + "=" + v);
          }
        });
    command.add(mainClass);
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(environment);
      Process process =
          builder
              .directory(moduleDir.getParent().toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      String scheme = tls == null ? "http" : "https";
      ServiceProcess service =
          new ServiceProcess(name, process, URI.create(scheme + "://127.0.0.1:" + port + "/"), log);
      service.awaitHealthy(startupLimit, tls);
      return service;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
  }

  public URI base() {
    return base;
  }

  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  private void awaitHealthy(Duration limit, SSLContext tls) {
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1));
    if (tls != null) {
      builder.sslContext(tls);
    }
    HttpClient http = builder.build();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited during start-up with code " + process.exitValue() + "; see " + log);
      }
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(base.resolve("health"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while starting " + name, e);
      }
      sleep(250);
    }
    close();
    throw new IllegalStateException(
        name + " did not become healthy within " + limit + "; see " + log);
  }

  /** Stops the service (SIGTERM, then SIGKILL after 15 s) and waits for it to exit. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
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

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
