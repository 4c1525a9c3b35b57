package org.openparcs.bridge.io;

import java.time.Duration;

/**
 * How a lane guards itself against an I/O module that misbehaves: our own retry budget for reads,
 * and a circuit that stops contacting a failing module for a while, with a growing pause.
 *
 * @param readRetries extra attempts of a failed read (0..3); writes are never retried, since a
 *     pulse whose reply was lost may have happened
 * @param failuresToOpen consecutive failed transactions that open the circuit (1..20)
 * @param firstWait pause before the first new attempt once the circuit is open
 * @param maxWait longest pause between attempts; bounds how long a returning module waits to be
 *     noticed
 */
public record DeviceGuard(
    int readRetries, int failuresToOpen, Duration firstWait, Duration maxWait) {

  /** One retry of reads, circuit opens after 3 failures, retries after 250 ms growing to 1 s. */
  public static final DeviceGuard STANDARD =
      new DeviceGuard(1, 3, Duration.ofMillis(250), Duration.ofSeconds(1));

  public DeviceGuard {
    if (readRetries < 0 || readRetries > 3) {
      throw new IllegalArgumentException("read retries must be 0..3, was " + readRetries);
    }
    if (failuresToOpen < 1 || failuresToOpen > 20) {
      throw new IllegalArgumentException("failures to open must be 1..20, was " + failuresToOpen);
    }
    if (firstWait == null || maxWait == null || firstWait.toMillis() < 1) {
      throw new IllegalArgumentException("the circuit's first wait must be at least 1 ms");
    }
    if (maxWait.compareTo(firstWait) < 0) {
      throw new IllegalArgumentException("the circuit's longest wait cannot be below its first");
    }
  }
}
