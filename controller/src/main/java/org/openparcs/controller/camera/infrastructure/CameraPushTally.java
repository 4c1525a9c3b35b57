package org.openparcs.controller.camera.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.openparcs.controller.camera.model.PushCheck;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.garage.model.GarageLayout;

/**
 * Counts camera pushes admitted and refused, per camera and reason, for operators: the metrics
 * {@code parcs.camera.pushes.accepted{camera}} and {@code parcs.camera.pushes.refused{camera,
 * reason}} ({@code camera="unregistered"} when the credential matched no camera), and the view of
 * {@code GET /api/devices/cameras}.
 */
public final class CameraPushTally {

  /** The last refusal an operator sees. */
  @Serdeable
  public record LastRefusal(Instant at, String reason, String why, String source) {}

  /** One camera's counts. */
  @Serdeable
  public record CameraPushes(
      String camera,
      String lane,
      boolean credentialRegistered,
      long accepted,
      long refused,
      Instant lastAccepted,
      LastRefusal lastRefusal) {}

  private static final String UNREGISTERED = "unregistered";

  private final MeterRegistry registry;
  private final Clock clock;
  private final Map<String, AtomicLong> accepted = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> refused = new ConcurrentHashMap<>();
  private final Map<String, Instant> lastAccepted = new ConcurrentHashMap<>();
  private final Map<String, LastRefusal> lastRefusal = new ConcurrentHashMap<>();
  private final AtomicReference<LastRefusal> lastUnregistered = new AtomicReference<>();

  CameraPushTally(MeterRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  void admitted(CameraId camera) {
    String id = camera.value();
    accepted.computeIfAbsent(id, k -> new AtomicLong()).incrementAndGet();
    lastAccepted.put(id, clock.instant());
    registry.counter("parcs.camera.pushes.accepted", "camera", id).increment();
  }

  void refused(PushCheck.Refused r, String source) {
    String id = r.camera() == null ? UNREGISTERED : r.camera().value();
    refused.computeIfAbsent(id, k -> new AtomicLong()).incrementAndGet();
    LastRefusal last = new LastRefusal(clock.instant(), r.reason(), r.why().name(), source);
    if (r.camera() == null) {
      lastUnregistered.set(last);
    } else {
      lastRefusal.put(id, last);
    }
    registry
        .counter("parcs.camera.pushes.refused", "camera", id, "reason", r.why().name())
        .increment();
  }

  /** Every configured camera, then the pushes no registered credential matched. */
  public List<CameraPushes> view(GarageLayout layout, CameraRegistryHolder registry) {
    List<CameraPushes> cameras =
        new java.util.ArrayList<>(
            layout.cameras().stream()
                .map(
                    c ->
                        new CameraPushes(
                            c.id().value(),
                            c.laneId().value(),
                            registry.registry().registered(c.id()),
                            count(accepted, c.id().value()),
                            count(refused, c.id().value()),
                            lastAccepted.get(c.id().value()),
                            lastRefusal.get(c.id().value())))
                .toList());
    cameras.add(
        new CameraPushes(
            UNREGISTERED,
            null,
            false,
            0,
            count(refused, UNREGISTERED),
            null,
            lastUnregistered.get()));
    return cameras;
  }

  private static long count(Map<String, AtomicLong> counts, String id) {
    AtomicLong n = counts.get(id);
    return n == null ? 0 : n.get();
  }
}
