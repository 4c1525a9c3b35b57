package org.openparcs.bridge.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.bridge.interop.InteropTools.mbpollRead;
import static org.openparcs.bridge.interop.InteropTools.mbpollWrite;

import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;

/** Debian's mbpoll (libmodbus), a Modbus master that is not ours, against our simulated E1214. */
class MbpollReadsOurSimulatorIT {

  private IoModuleSimulator simulator;
  private SimulatedLane lane;

  @BeforeEach
  void start() {
    InteropTools.requireMbpoll();
    simulator = IoModuleSimulator.start(SimulatedLane.standard("interop"), 0);
    lane = simulator.lane();
  }

  @AfterEach
  void stop() {
    if (simulator != null) {
      simulator.close();
    }
  }

  @Test
  void readsEveryDiscreteInputAsTheLaneSetsIt() {
    lane.armingLoop(true);
    lane.safetyLoop(true);
    // DI0 arming, DI1 safety, DI2 arm up (no), DI3 arm down (the arm starts down), DI4-5 unwired.
    assertThat(mbpollRead(simulator.port(), 1, 0, 6))
        .containsExactlyEntriesOf(values(0, 1, 1, 0, 1, 0, 0));
    lane.armingLoop(false);
    lane.safetyLoop(false);
    assertThat(mbpollRead(simulator.port(), 1, 0, 6))
        .containsExactlyEntriesOf(values(0, 0, 0, 0, 1, 0, 0));
  }

  @Test
  void readsTheInputCountersHighWordFirstAndTheInputBitsRegister() {
    for (int i = 0; i < 3; i++) {
      lane.armingLoop(true);
      lane.armingLoop(false);
    }
    lane.safetyLoop(true);
    TreeMap<Integer, Integer> counters = mbpollRead(simulator.port(), 3, 0x10, 12);
    assertThat(counters).containsExactlyEntriesOf(values(0x10, 0, 3, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0));
    assertThat(mbpollRead(simulator.port(), 3, 0x30, 1))
        .containsExactlyEntriesOf(values(0x30, 0b1010));
  }

  @Test
  void writingThePulseCoilPulsesTheOpenRelay() {
    lane.armingLoop(true);
    mbpollWrite(simulator.port(), 0, 0x10, 1);
    assertThat(lane.openPulses()).isEqualTo(1);
    assertThat(mbpollRead(simulator.port(), 0, 0x00, 6))
        .as("relay CH0 closed for the pulse, the others open")
        .containsExactlyEntriesOf(values(0, 1, 0, 0, 0, 0, 0));
  }

  private static TreeMap<Integer, Integer> values(int first, int... v) {
    TreeMap<Integer, Integer> m = new TreeMap<>();
    for (int i = 0; i < v.length; i++) {
      m.put(first + i, v[i]);
    }
    return m;
  }
}
