package org.openparcs.bridge.modbus;

import java.util.concurrent.locks.LockSupport;
import org.openparcs.bridge.io.DigitalInputs;
import org.openparcs.bridge.io.InputCounters;
import org.openparcs.bridge.io.IoModule;
import org.openparcs.bridge.io.IoModuleException;
import org.openparcs.bridge.io.RegisterMap;
import org.openparcs.bridge.modbus.j2mod.J2modClient;

/**
 * An I/O module reached over Modbus TCP. One transaction at a time (callers queue on this object),
 * a configurable gap between transactions, our own timeout, and no retries inside: the lane decides
 * what a failure means.
 */
public final class ModbusIoModule implements IoModule {

  private final String name;
  private final ModbusEndpoint endpoint;
  private final RegisterMap map;
  private final J2modClient client;
  private long nextTransactionAllowedAt;

  public ModbusIoModule(String name, ModbusEndpoint endpoint, RegisterMap map) {
    this.name = name;
    this.endpoint = endpoint;
    this.map = map;
    this.client = new J2modClient(describe(name, endpoint), endpoint);
  }

  @Override
  public synchronized DigitalInputs readInputs() throws IoModuleException {
    awaitGap();
    try {
      boolean[] states = client.readDiscreteInputs(map.discreteInputBase(), map.inputs());
      int bits = 0;
      for (int i = 0; i < states.length; i++) {
        bits |= states[i] ? 1 << i : 0;
      }
      return new DigitalInputs(bits, map.inputs());
    } finally {
      markTransactionEnd();
    }
  }

  @Override
  public synchronized void pulseRelay(int relay) throws IoModuleException {
    map.checkRelay(relay);
    awaitGap();
    try {
      client.writeCoil(map.pulseCoilBase() + relay, true);
    } finally {
      markTransactionEnd();
    }
  }

  @Override
  public synchronized void setRelay(int relay, boolean closed) throws IoModuleException {
    map.checkRelay(relay);
    awaitGap();
    try {
      client.writeCoil(map.relayCoilBase() + relay, closed);
    } finally {
      markTransactionEnd();
    }
  }

  @Override
  public synchronized InputCounters readInputCounters() throws IoModuleException {
    awaitGap();
    try {
      int[] words = client.readInputRegisters(map.inputCounterRegisterBase(), map.inputs() * 2);
      long[] counts = new long[map.inputs()];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = ((long) words[2 * i] << 16) | words[2 * i + 1];
      }
      return new InputCounters(counts);
    } finally {
      markTransactionEnd();
    }
  }

  @Override
  public String describe() {
    return describe(name, endpoint);
  }

  @Override
  public synchronized void close() {
    client.close();
  }

  private static String describe(String name, ModbusEndpoint endpoint) {
    return name + " (" + endpoint + ")";
  }

  private void awaitGap() {
    long wait = nextTransactionAllowedAt - System.nanoTime();
    if (wait > 0) {
      LockSupport.parkNanos(wait);
    }
  }

  private void markTransactionEnd() {
    nextTransactionAllowedAt = System.nanoTime() + endpoint.gapBetweenTransactions().toNanos();
  }
}
