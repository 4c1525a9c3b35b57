package org.openparcs.bridge.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openparcs.bridge.io.IoModuleException;
import org.openparcs.bridge.io.RegisterMap;
import org.openparcs.bridge.lane.LaneIo;
import org.openparcs.bridge.lane.LaneSignals;
import org.openparcs.bridge.lane.LaneWiring;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;

/** Our Modbus driver against our simulator, over real Modbus TCP on loopback. */
class ModbusIoModuleIT {

  private final IoModuleSimulator simulator =
      IoModuleSimulator.start(SimulatedLane.standard("it"), 0);
  private final ModbusIoModule module =
      new ModbusIoModule(
          "io-it", ModbusEndpoint.of("127.0.0.1", simulator.port()), RegisterMap.MOXA_E1214);
  private final LaneIo lane = new LaneIo(module, LaneWiring.STANDARD);

  @AfterEach
  void stop() {
    lane.close();
    simulator.close();
  }

  @Test
  void readsTheLoopsAndTheArmAsTheLaneSeesThem() throws Exception {
    assertThat(lane.readSignals()).isEqualTo(new LaneSignals(false, false, false, true));
    simulator.lane().armingLoop(true);
    assertThat(lane.readSignals()).isEqualTo(new LaneSignals(true, false, false, true));
  }

  @Test
  void anOpenPulseRaisesTheArm() throws Exception {
    simulator.lane().armingLoop(true);
    lane.pulseOpen();
    assertThat(simulator.lane().openPulses()).isEqualTo(1);
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!lane.readSignals().armUp() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(lane.readSignals().armUp()).isTrue();
    assertThat(lane.readSignals().armDown()).isFalse();
  }

  @Test
  void readsArrivalsFromTheInputCounters() throws Exception {
    for (int i = 0; i < 4; i++) {
      simulator.lane().armingLoop(true);
      simulator.lane().armingLoop(false);
    }
    assertThat(lane.armingLoopArrivals()).isEqualTo(4);
  }

  @Test
  void refusesARelayTheModuleDoesNotHave() {
    assertThatThrownBy(() -> module.pulseRelay(6)).isInstanceOf(IllegalArgumentException.class);
    assertThat(simulator.lane().openPulses()).isZero();
  }

  @Test
  void aModuleAnsweringAnExceptionCodeIsRejectedWithThatCode() {
    // A map whose inputs lie where this module has none: the module answers code 2.
    RegisterMap wrong = new RegisterMap("wrong", 6, 6, 0, 0x10, 0x0100, 0x10, 0x30, 0x20);
    try (ModbusIoModule m =
        new ModbusIoModule("io-wrong", ModbusEndpoint.of("127.0.0.1", simulator.port()), wrong)) {
      assertThatThrownBy(m::readInputs)
          .isInstanceOfSatisfying(
              IoModuleException.Rejected.class, e -> assertThat(e.exceptionCode()).isEqualTo(2));
    }
  }

  @Test
  void aModuleThatIsAwayIsUnreachableAndIsReachedAgainWhenBack() throws Exception {
    int port = simulator.port();
    simulator.close();
    assertThatThrownBy(module::readInputs).isInstanceOf(IoModuleException.Unreachable.class);
    try (IoModuleSimulator back = IoModuleSimulator.start(SimulatedLane.standard("back"), port)) {
      assertThat(lane.readSignals().armDown()).isTrue();
    }
  }
}
