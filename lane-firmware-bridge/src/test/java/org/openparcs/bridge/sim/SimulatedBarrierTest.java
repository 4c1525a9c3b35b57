package org.openparcs.bridge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openparcs.bridge.sim.SimulatedBarrier.Arm;

class SimulatedBarrierTest {

  private static final long MS = 1_000_000L;
  private static final BarrierTiming TIMING =
      new BarrierTiming(
          Duration.ofMillis(100),
          Duration.ofMillis(100),
          Duration.ofMillis(50),
          Duration.ofSeconds(10),
          Duration.ofMillis(300));

  private final SimulatedBarrier barrier = new SimulatedBarrier(TIMING);

  @Test
  void risesTheConfiguredTimeAfterAnOpenPulse() {
    pulse(0);
    barrier.tick(99 * MS);
    assertThat(barrier.arm()).isEqualTo(Arm.RISING);
    barrier.tick(100 * MS);
    assertThat(barrier.arm()).isEqualTo(Arm.UP);
  }

  @Test
  void fallsOnlyAfterTheSafetyLoopClears() {
    pulse(0);
    barrier.tick(100 * MS);
    barrier.safetyLoop(true, 200 * MS);
    barrier.tick(5_000 * MS);
    assertThat(barrier.arm()).as("a vehicle under the arm keeps it up").isEqualTo(Arm.UP);
    barrier.safetyLoop(false, 5_000 * MS);
    barrier.tick(5_049 * MS);
    assertThat(barrier.arm()).isEqualTo(Arm.UP);
    barrier.tick(5_050 * MS);
    assertThat(barrier.arm()).isEqualTo(Arm.FALLING);
    barrier.tick(5_150 * MS);
    assertThat(barrier.arm()).isEqualTo(Arm.DOWN);
  }

  @Test
  void reversesWhenAVehicleReachesTheSafetyLoopWhileTheArmFalls() {
    pulse(0);
    barrier.tick(100 * MS);
    barrier.safetyLoop(true, 110 * MS);
    barrier.safetyLoop(false, 120 * MS);
    barrier.tick(170 * MS);
    assertThat(barrier.arm()).isEqualTo(Arm.FALLING);
    barrier.safetyLoop(true, 180 * MS);
    assertThat(barrier.arm()).isEqualTo(Arm.RISING);
  }

  @Test
  void closesByItselfWhenNobodyPasses() {
    pulse(0);
    barrier.tick(100 * MS);
    barrier.tick(10_099 * MS);
    assertThat(barrier.arm()).isEqualTo(Arm.UP);
    barrier.tick(10_100 * MS);
    assertThat(barrier.arm()).isEqualTo(Arm.FALLING);
  }

  @Test
  void aHeldOpenContactKeepsTheArmUpUntilReleased() {
    barrier.openContactClosed(0);
    barrier.tick(100 * MS);
    barrier.safetyLoop(true, 200 * MS);
    barrier.safetyLoop(false, 300 * MS);
    barrier.tick(60_000 * MS);
    assertThat(barrier.arm()).as("held open").isEqualTo(Arm.UP);
    barrier.openContactReleased();
    barrier.tick(60_001 * MS);
    assertThat(barrier.arm()).isEqualTo(Arm.FALLING);
  }

  @Test
  void aForcedArmGoesUpWithoutAPulse() {
    barrier.force(0);
    assertThat(barrier.arm()).isEqualTo(Arm.UP);
  }

  @Test
  void aJammedArmIgnoresOpenPulses() {
    barrier.jam(true);
    pulse(0);
    barrier.tick(1_000 * MS);
    assertThat(barrier.arm()).isEqualTo(Arm.DOWN);
  }

  /** A module-timed pulse: the contact closes and opens again before anything moves. */
  private void pulse(long now) {
    barrier.openContactClosed(now);
    barrier.openContactReleased();
  }
}
