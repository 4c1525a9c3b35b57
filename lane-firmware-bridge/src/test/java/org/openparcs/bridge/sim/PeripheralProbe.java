package org.openparcs.bridge.sim;

/** Lets tests hand a packet to a simulated peripheral without a socket. */
public final class PeripheralProbe {

  private PeripheralProbe() {}

  public static byte[] receive(SimulatedOsdpPeripheral peripheral, byte[] packet) {
    return peripheral.receive(packet);
  }
}
