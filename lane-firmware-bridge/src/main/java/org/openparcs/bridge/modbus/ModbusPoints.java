package org.openparcs.bridge.modbus;

/**
 * The points a Modbus server exposes, read live on every request. A simulator implements this; the
 * server adapter turns requests into calls and {@link IllegalAddress} into exception code 2.
 */
public interface ModbusPoints {

  /** Addresses that exist, so the server can answer "illegal data address" for the rest. */
  record Layout(int[] coils, int[] discreteInputs, int[] inputRegisters, int[] holdingRegisters) {}

  Layout layout();

  boolean coil(int address);

  void writeCoil(int address, boolean on);

  boolean discreteInput(int address);

  /** Input register value, 0..65535. */
  int inputRegister(int address);

  /** Holding register value, 0..65535. */
  int holdingRegister(int address);

  void writeHoldingRegister(int address, int value);
}
