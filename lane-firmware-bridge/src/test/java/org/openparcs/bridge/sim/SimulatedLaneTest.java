package org.openparcs.bridge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.openparcs.bridge.io.RegisterMap;
import org.openparcs.bridge.lane.LaneWiring;

class SimulatedLaneTest {

  private static final long MS = 1_000_000L;
  private final AtomicLong now = new AtomicLong();
  private final SimulatedLane lane =
      new SimulatedLane(
          "test", RegisterMap.MOXA_E1214, LaneWiring.STANDARD, BarrierTiming.FAST, now::get);

  @Test
  void aPulseCoilWriteClosesTheRelayForThePulseWidthAndOpensTheArm() {
    lane.writeCoil(0x0010, true);
    assertThat(lane.coil(0x0000)).isTrue();
    assertThat(lane.coil(0x0010)).as("pulse status").isTrue();
    assertThat(lane.openPulses()).isEqualTo(1);
    now.set(300 * MS);
    lane.tick();
    assertThat(lane.coil(0x0000)).isFalse();
    assertThat(lane.coil(0x0010)).isFalse();
    assertThat(lane.signals().armUp()).isTrue();
    assertThat(lane.signals().armDown()).isFalse();
  }

  @Test
  void countsArrivalsOnTheArmingLoopInItsCounterRegisters() {
    for (int i = 0; i < 3; i++) {
      lane.armingLoop(true);
      lane.armingLoop(false);
    }
    assertThat(lane.inputRegister(0x0010)).as("DI0 counter high word").isZero();
    assertThat(lane.inputRegister(0x0011)).as("DI0 counter low word").isEqualTo(3);
  }

  @Test
  void showsEveryInputAsBitsInRegister0x30() {
    lane.armingLoop(true);
    lane.safetyLoop(true);
    // DI0 arming, DI1 safety, DI3 arm down (the arm starts down)
    assertThat(lane.inputRegister(0x0030)).isEqualTo(0b1011);
  }
}
