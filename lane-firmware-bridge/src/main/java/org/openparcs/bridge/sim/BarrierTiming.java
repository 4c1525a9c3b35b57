package org.openparcs.bridge.sim;

import java.time.Duration;

/**
 * How a simulated barrier moves.
 *
 * @param rise time from an OPEN pulse to arm up
 * @param fall time from starting to close to arm down
 * @param closeDelay wait after the safety loop clears before the arm starts to fall
 * @param autoClose arm falls after this long up with nobody passing (zero: never)
 * @param relayPulse width of the I/O module's relay pulse
 */
public record BarrierTiming(
    Duration rise, Duration fall, Duration closeDelay, Duration autoClose, Duration relayPulse) {

  /** Quick enough for tests and demos, slow enough that loops and arm visibly interleave. */
  public static final BarrierTiming FAST =
      new BarrierTiming(
          Duration.ofMillis(150),
          Duration.ofMillis(150),
          Duration.ofMillis(100),
          Duration.ofSeconds(20),
          Duration.ofMillis(300));

  public BarrierTiming {
    for (Duration d : new Duration[] {rise, fall, closeDelay, autoClose, relayPulse}) {
      if (d == null || d.isNegative()) {
        throw new IllegalArgumentException("barrier timings are zero or more");
      }
    }
    if (relayPulse.isZero()) {
      throw new IllegalArgumentException("a relay pulse needs a width");
    }
  }
}
