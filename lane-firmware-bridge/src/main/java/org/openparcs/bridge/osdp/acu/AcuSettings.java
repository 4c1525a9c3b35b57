package org.openparcs.bridge.osdp.acu;

import java.time.Duration;

/**
 * How the controller talks to one OSDP peripheral.
 *
 * @param address the PD's OSDP address (0..0x7E)
 * @param pollInterval pause between two exchanges (OSDP expects a poll at least every 200 ms)
 * @param replyTimeout how long to wait for a reply (OSDP: a PD answers within 200 ms)
 * @param retries how many times a failed exchange is sent again, same sequence number (0..5)
 * @param failuresToOffline failed exchanges in a row (after retries) that make the PD offline
 */
public record AcuSettings(
    int address, Duration pollInterval, Duration replyTimeout, int retries, int failuresToOffline) {

  public AcuSettings {
    if (address < 0 || address > 0x7E) {
      throw new IllegalArgumentException("OSDP address must be 0..126, was " + address);
    }
    if (pollInterval.isNegative() || pollInterval.isZero() || replyTimeout.isZero()) {
      throw new IllegalArgumentException("poll interval and reply timeout must be positive");
    }
    if (retries < 0 || retries > 5 || failuresToOffline < 1) {
      throw new IllegalArgumentException("retries 0..5, failures to offline at least 1");
    }
  }

  /** Poll every 50 ms, 200 ms to answer, one retry, offline after 3 failures in a row. */
  public static AcuSettings defaults(int address) {
    return new AcuSettings(address, Duration.ofMillis(50), Duration.ofMillis(200), 1, 3);
  }
}
