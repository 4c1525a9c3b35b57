package org.openparcs.bridge.sim;

import java.time.Duration;

/**
 * A vehicle driving over a simulated lane in real time: it stops on the arming loop, waits for the
 * arm, drives over the safety loop and leaves; or backs away if the arm stays down.
 */
public final class SimulatedVehicle {

  /** How a visit to the barrier ended. */
  public enum Outcome {
    PASSED,
    TURNED_AWAY
  }

  private final SimulatedLane lane;
  private final Duration crossing;

  /**
   * @param crossing time spent on each loop while driving through (both loops are occupied together
   *     for part of it, as a car is longer than the gap between them)
   */
  public SimulatedVehicle(SimulatedLane lane, Duration crossing) {
    this.lane = lane;
    this.crossing = crossing;
  }

  /** Drives onto the arming loop and stops in front of the barrier. */
  public void arrive() {
    lane.armingLoop(true);
  }

  /**
   * Waits up to {@code patience} for the arm to be up, then drives through; otherwise backs off the
   * arming loop.
   */
  public Outcome proceed(Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!lane.signals().armUp()) {
      if (System.nanoTime() - deadline >= 0) {
        lane.armingLoop(false);
        return Outcome.TURNED_AWAY;
      }
      Thread.sleep(2);
    }
    long half = Math.max(1, crossing.toMillis() / 2);
    lane.safetyLoop(true);
    Thread.sleep(half);
    lane.armingLoop(false);
    Thread.sleep(half);
    lane.safetyLoop(false);
    return Outcome.PASSED;
  }

  /** Backs off the arming loop without passing. */
  public void backAway() {
    lane.armingLoop(false);
  }
}
