package org.openparcs.bridge.sim;

/**
 * A barrier arm with its own safety logic: rises after an OPEN pulse, falls after the vehicle has
 * cleared the safety loop, and never comes down while the safety loop is occupied (it reverses).
 * Time is given by the caller in nanoseconds. Not thread-safe: {@link SimulatedLane} guards it.
 */
final class SimulatedBarrier {

  /** Where the arm is. */
  enum Arm {
    DOWN,
    RISING,
    UP,
    FALLING
  }

  private final BarrierTiming timing;
  private Arm arm = Arm.DOWN;
  private long motionEndsAt;
  private long closeAt;
  private long autoCloseAt;
  private boolean safetyOccupied;
  private boolean stuck;
  private boolean held;

  SimulatedBarrier(BarrierTiming timing) {
    this.timing = timing;
  }

  Arm arm() {
    return arm;
  }

  /** A jammed arm ignores OPEN pulses (to simulate a failed motor). */
  void jam(boolean jammed) {
    this.stuck = jammed;
  }

  void openContactClosed(long now) {
    held = true;
    if (stuck) {
      return;
    }
    switch (arm) {
      case DOWN, FALLING -> startMoving(Arm.RISING, timing.rise().toNanos(), now);
      case UP -> {
        closeAt = 0;
        scheduleAutoClose(now);
      }
      case RISING -> {}
    }
  }

  /**
   * The OPEN contact opened again. While it is closed the arm stays up (a maintained contact holds
   * the barrier open); once released the arm closes by its own logic: after the safety loop clears,
   * or at once when its auto-close time has passed.
   */
  void openContactReleased() {
    held = false;
  }

  /** Someone lifts the arm by hand, or a motor fault raises it: no OPEN pulse came. */
  void force(long now) {
    if (arm == Arm.DOWN || arm == Arm.FALLING) {
      arm = Arm.UP;
      closeAt = 0;
      scheduleAutoClose(now);
    }
  }

  void safetyLoop(boolean occupied, long now) {
    boolean cleared = safetyOccupied && !occupied;
    safetyOccupied = occupied;
    if (occupied) {
      closeAt = 0;
      if (arm == Arm.FALLING) {
        startMoving(Arm.RISING, timing.rise().toNanos(), now);
      }
    } else if (cleared && (arm == Arm.UP || arm == Arm.RISING)) {
      closeAt = now + Math.max(1, timing.closeDelay().toNanos());
    }
  }

  void tick(long now) {
    if ((arm == Arm.RISING || arm == Arm.FALLING) && now - motionEndsAt >= 0) {
      arm = arm == Arm.RISING ? Arm.UP : Arm.DOWN;
      if (arm == Arm.UP) {
        scheduleAutoClose(now);
      }
    }
    if (arm == Arm.UP && !safetyOccupied && !held) {
      boolean closeDue = closeAt != 0 && now - closeAt >= 0;
      boolean autoCloseDue = autoCloseAt != 0 && now - autoCloseAt >= 0;
      if (closeDue || autoCloseDue) {
        startMoving(Arm.FALLING, timing.fall().toNanos(), now);
      }
    }
  }

  private void startMoving(Arm motion, long durationNanos, long now) {
    arm = motion;
    motionEndsAt = now + durationNanos;
    closeAt = 0;
    autoCloseAt = 0;
  }

  private void scheduleAutoClose(long now) {
    autoCloseAt = timing.autoClose().isZero() ? 0 : now + timing.autoClose().toNanos();
  }
}
