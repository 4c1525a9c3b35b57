package org.openparcs.bridge.modbus;

import java.time.Duration;

/**
 * Where an I/O module answers Modbus TCP, and how long to wait for it.
 *
 * @param host host name or address of the module
 * @param port TCP port (502 on real modules)
 * @param unitId Modbus unit identifier (1 on most modules)
 * @param timeout longest wait for a connect or a reply; our own, the library does not retry
 * @param gapBetweenTransactions pause after each transaction before the next one to the same device
 *     (small modules drop requests that arrive back to back)
 */
public record ModbusEndpoint(
    String host, int port, int unitId, Duration timeout, Duration gapBetweenTransactions) {

  public ModbusEndpoint {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("a Modbus endpoint needs a host");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1..65535, was " + port);
    }
    if (unitId < 0 || unitId > 255) {
      throw new IllegalArgumentException("unit id must be 0..255, was " + unitId);
    }
    if (timeout == null
        || timeout.isNegative()
        || timeout.isZero()
        || timeout.toMillis() > 60_000) {
      throw new IllegalArgumentException("timeout must be between 1 ms and 60 s, was " + timeout);
    }
    if (gapBetweenTransactions == null || gapBetweenTransactions.isNegative()) {
      throw new IllegalArgumentException("the gap between transactions cannot be negative");
    }
  }

  public static ModbusEndpoint of(String host, int port) {
    return new ModbusEndpoint(host, port, 1, Duration.ofMillis(500), Duration.ZERO);
  }

  @Override
  public String toString() {
    return host + ":" + port + " unit " + unitId;
  }
}
