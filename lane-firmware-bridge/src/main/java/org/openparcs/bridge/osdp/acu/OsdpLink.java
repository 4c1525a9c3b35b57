package org.openparcs.bridge.osdp.acu;

import java.time.Duration;

/**
 * The wire to one OSDP peripheral: sends a packet and waits for the next packet back. One exchange
 * at a time; the caller ({@link AcuSession}) never overlaps them.
 */
public interface OsdpLink extends AutoCloseable {

  /**
   * Sends {@code packet} and returns the next whole packet received (framing only: the caller
   * decodes and checks it).
   *
   * @throws OsdpLinkException when the peripheral cannot be reached or does not answer in time
   */
  byte[] exchange(byte[] packet, Duration timeout) throws OsdpLinkException;

  /** Drops the connection; the next exchange connects again. */
  void disconnect();

  @Override
  void close();
}
