package org.openparcs.bridge.sim;

import org.openparcs.bridge.io.RegisterMap;

/**
 * The point image of an I/O module such as the Moxa ioLogik E1214: inputs with rising-edge
 * counters, relays, and module-timed relay pulses. Not thread-safe: {@link SimulatedLane} guards it
 * with the lane's lock.
 */
final class SimulatedIoModule {

  /** Told when a relay contact closes or opens. */
  interface RelayListener {
    void relayChanged(int relay, boolean closed, long nanos);
  }

  private final RegisterMap map;
  private final long pulseNanos;
  private final boolean[] inputs;
  private final long[] counters;
  private final boolean[] relays;
  private final long[] pulseEndsAt;
  private final RelayListener listener;

  SimulatedIoModule(RegisterMap map, long pulseNanos, RelayListener listener) {
    this.map = map;
    this.pulseNanos = pulseNanos;
    this.inputs = new boolean[map.inputs()];
    this.counters = new long[map.inputs()];
    this.relays = new boolean[map.relays()];
    this.pulseEndsAt = new long[map.relays()];
    this.listener = listener;
  }

  RegisterMap map() {
    return map;
  }

  void setInput(int channel, boolean on) {
    if (on && !inputs[channel]) {
      counters[channel] = (counters[channel] + 1) & 0xFFFF_FFFFL;
    }
    inputs[channel] = on;
  }

  boolean input(int channel) {
    return inputs[channel];
  }

  boolean relay(int channel) {
    return relays[channel];
  }

  boolean pulsing(int channel) {
    return pulseEndsAt[channel] != 0;
  }

  void setRelay(int channel, boolean closed, long now) {
    pulseEndsAt[channel] = 0;
    changeRelay(channel, closed, now);
  }

  void startPulse(int channel, long now) {
    changeRelay(channel, true, now);
    pulseEndsAt[channel] = now + pulseNanos;
  }

  void tick(long now) {
    for (int ch = 0; ch < relays.length; ch++) {
      if (pulseEndsAt[ch] != 0 && now - pulseEndsAt[ch] >= 0) {
        pulseEndsAt[ch] = 0;
        changeRelay(ch, false, now);
      }
    }
  }

  long counter(int channel) {
    return counters[channel];
  }

  int inputBits() {
    int bits = 0;
    for (int i = 0; i < inputs.length; i++) {
      bits |= inputs[i] ? 1 << i : 0;
    }
    return bits;
  }

  int relayBits() {
    int bits = 0;
    for (int i = 0; i < relays.length; i++) {
      bits |= relays[i] ? 1 << i : 0;
    }
    return bits;
  }

  private void changeRelay(int channel, boolean closed, long now) {
    if (relays[channel] != closed) {
      relays[channel] = closed;
      listener.relayChanged(channel, closed, now);
    }
  }
}
