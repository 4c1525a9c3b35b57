package org.openparcs.bench.lane;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.bridge.sim.SimulatedVehicle;

/** Drives vehicles over one simulated lane and times each vend. */
public final class LaneDriver {

  /**
   * One vehicle's visit: latency to the relay (0 if no pulse), to the HTTP answer, when the push
   * was sent (wall clock, to line up with the controller's records), and whether a pulse was wrong.
   */
  public record Visit(
      String plate, long latencyNanos, long answerNanos, Instant sentAt, boolean wrongOpen) {}

  private final int lane;
  private final SimulatedLane sim;
  private final HttpClient http;
  private final URI push;
  private final AtomicLong lastPulse = new AtomicLong();
  private volatile CountDownLatch pulse = new CountDownLatch(1);

  /** Time a car spends on each loop as it drives through (more than two of the monitor's polls). */
  private static final Duration CROSSING = Duration.ofMillis(120);

  /** Time between a vehicle leaving the arming loop and the next arriving (three polls). */
  private static final long CLEAR_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(150);

  private long departedAt = System.nanoTime() - CLEAR_GAP_NANOS;

  /** The bench camera's token (made up per run of the benchmark; not a secret). */
  public static String token(int lane) {
    return "bench-camera-token-of-lane-" + lane;
  }

  public LaneDriver(int lane, SimulatedLane sim, HttpClient http, URI base) {
    this.lane = lane;
    this.sim = sim;
    this.http = http;
    this.push = base.resolve("/api/cameras/cam-" + lane + "/platerecognizer");
    sim.addObserver(
        new SimulatedLane.Observer() {
          @Override
          public void openCommanded(long nanos) {
            lastPulse.set(nanos);
            pulse.countDown();
          }
        });
  }

  public static String plate(int lane, int vehicle) {
    return "L" + lane + "V" + vehicle;
  }

  public Visit visit(int vehicle, boolean stranger) throws Exception {
    // The controller knows a vehicle by its arrival on the loop, seen by its monitor's polls (50
    // ms): a real vehicle leaves the loop seconds before the next one arrives; here the next one
    // comes at least CLEAR_GAP after, so the departure and the new arrival are both seen. The gap
    // is not part of the measured time (push sent -> coil written).
    long sinceDeparture = System.nanoTime() - departedAt;
    if (sinceDeparture < CLEAR_GAP_NANOS) {
      TimeUnit.NANOSECONDS.sleep(CLEAR_GAP_NANOS - sinceDeparture);
    }
    pulse = new CountDownLatch(1);
    SimulatedVehicle car = new SimulatedVehicle(sim, CROSSING);
    car.arrive();
    String plate = stranger ? "X" + lane + "S" + vehicle : plate(lane, vehicle);
    String body =
        "{\"data\":{\"camera_id\":\"cam-"
            + lane
            + "\",\"timestamp\":\""
            + Instant.now()
            + "\",\"results\":[{\"plate\":\""
            + plate
            + "\",\"score\":0.95}]}}";
    HttpRequest request =
        HttpRequest.newBuilder(push)
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token(lane))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    Instant sentAt = Instant.now();
    long sent = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    long answered = System.nanoTime() - sent;
    boolean pulsed = pulse.await(stranger ? 50 : 2_000, TimeUnit.MILLISECONDS);
    if (pulsed) {
      // Through the barrier as a car does (safety loop on, arming loop off, safety loop off), so
      // the lane sees it pass and counts it before the next one comes.
      car.proceed(Duration.ofSeconds(5));
    } else {
      car.backAway();
    }
    departedAt = System.nanoTime();
    if (response.statusCode() != 200) {
      throw new IllegalStateException("push refused: " + response.body());
    }
    if (stranger) {
      return new Visit(plate, 0, answered, sentAt, pulsed);
    }
    if (!pulsed) {
      throw new IllegalStateException(
          "no pulse for permit holder " + plate + ": " + response.body());
    }
    return new Visit(plate, lastPulse.get() - sent, answered, sentAt, false);
  }
}
