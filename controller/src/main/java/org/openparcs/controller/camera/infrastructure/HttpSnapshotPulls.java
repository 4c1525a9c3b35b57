package org.openparcs.controller.camera.infrastructure;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.openparcs.controller.camera.application.SnapshotPulls;
import org.openparcs.controller.camera.model.SnapshotCamera;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls JPEG snapshots over HTTP GET on a small scheduler of its own, never on the lane monitor's
 * thread. A camera that fails or answers late loses that pull only; the failure is logged with the
 * camera id (the lane then waits for other reads, and its read timeout tells the operator).
 */
final class HttpSnapshotPulls implements SnapshotPulls, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HttpSnapshotPulls.class);

  private final HttpClient http;
  private final ScheduledExecutorService scheduler;

  HttpSnapshotPulls() {
    this.scheduler =
        Executors.newScheduledThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "snapshot-pull");
              t.setDaemon(true);
              return t;
            });
    this.http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(2)).build();
  }

  @Override
  public void start(
      SnapshotCamera camera, long arrival, BooleanSupplier wanted, Consumer<byte[]> frames) {
    LOG.debug("Camera {}: pulling snapshots for arrival {}", camera.id(), arrival);
    for (int i = 0; i < camera.pulls(); i++) {
      long delay = i * camera.interval().toMillis();
      scheduler.schedule(() -> pull(camera, arrival, wanted, frames), delay, TimeUnit.MILLISECONDS);
    }
  }

  private void pull(
      SnapshotCamera camera, long arrival, BooleanSupplier wanted, Consumer<byte[]> frames) {
    try {
      if (!wanted.getAsBoolean()) {
        LOG.debug("Camera {}: arrival {} needs no more frames", camera.id(), arrival);
        return;
      }
      HttpRequest request =
          HttpRequest.newBuilder(camera.uri()).timeout(camera.timeout()).GET().build();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        LOG.warn(
            "Camera {}: snapshot for arrival {} answered HTTP {}",
            camera.id(),
            arrival,
            response.statusCode());
        return;
      }
      LOG.debug(
          "Camera {}: snapshot of {} bytes for arrival {}",
          camera.id(),
          response.body().length,
          arrival);
      frames.accept(response.body());
    } catch (IOException e) {
      LOG.warn("Camera {}: snapshot pull failed: {}", camera.id(), e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.warn("Camera {}: snapshot refused: {}", camera.id(), e.getMessage());
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
