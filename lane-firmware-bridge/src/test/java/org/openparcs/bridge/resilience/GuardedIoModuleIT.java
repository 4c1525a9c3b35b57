package org.openparcs.bridge.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openparcs.bridge.io.DeviceGuard;
import org.openparcs.bridge.io.IoModuleException;
import org.openparcs.bridge.io.RegisterMap;
import org.openparcs.bridge.modbus.ModbusEndpoint;
import org.openparcs.bridge.modbus.ModbusIoModule;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.ModbusFaultProxy;
import org.openparcs.bridge.sim.ModbusFaultProxy.Fault;
import org.openparcs.bridge.sim.SimulatedLane;

/** Our retry budget and circuit breaker against a real Modbus server that misbehaves on demand. */
class GuardedIoModuleIT {

  private static final DeviceGuard GUARD =
      new DeviceGuard(1, 3, Duration.ofMillis(200), Duration.ofMillis(400));
  private final IoModuleSimulator simulator =
      IoModuleSimulator.start(SimulatedLane.standard("guarded"), 0);
  private final ModbusFaultProxy proxy =
      new ModbusFaultProxy(0, simulator.port(), Duration.ofMillis(400));
  private final GuardedIoModule module =
      new GuardedIoModule(
          new ModbusIoModule(
              "io-guarded",
              new ModbusEndpoint(
                  "127.0.0.1", proxy.port(), 1, Duration.ofMillis(150), Duration.ZERO),
              RegisterMap.MOXA_E1214),
          GUARD);

  @AfterEach
  void stop() {
    module.close();
    proxy.close();
    simulator.close();
  }

  @Test
  void aFailedReadIsTriedOnceMoreAndAFailedWriteIsNot() throws Exception {
    module.readInputs();
    proxy.inject(Fault.GARBAGE);
    long before = proxy.requests();
    assertThatThrownBy(module::readInputs).isInstanceOf(IoModuleException.Malformed.class);
    assertThat(proxy.requests() - before).as("read: one retry").isEqualTo(2);
    long beforeWrite = proxy.requests();
    assertThatThrownBy(() -> module.pulseRelay(0)).isInstanceOf(IoModuleException.class);
    assertThat(proxy.requests() - beforeWrite).as("write: no retry").isEqualTo(1);
  }

  @Test
  void anExceptionCodeIsNotRetriedTheModuleAnsweredIt() {
    proxy.inject(Fault.EXCEPTION_CODE);
    long before = proxy.requests();
    assertThatThrownBy(module::readInputs)
        .isInstanceOfSatisfying(
            IoModuleException.Rejected.class, e -> assertThat(e.exceptionCode()).isEqualTo(4));
    assertThat(proxy.requests() - before).isEqualTo(1);
  }

  @Test
  void theCircuitOpensAfterRepeatedFailuresLeavesTheModuleAloneAndClosesWhenItIsBack()
      throws Exception {
    proxy.inject(Fault.SLOW_REPLY);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(module::readInputs).isInstanceOf(IoModuleException.Timeout.class);
    }
    assertThat(module.health().circuit()).isEqualTo("OPEN");
    long before = proxy.requests();
    assertThatThrownBy(module::readInputs)
        .isInstanceOf(IoModuleException.Unreachable.class)
        .hasMessageContaining("circuit is open");
    assertThat(proxy.requests()).as("not contacted while open").isEqualTo(before);

    proxy.inject(Fault.NONE);
    long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
    boolean back = false;
    while (!back && System.nanoTime() < deadline) {
      try {
        module.readInputs();
        back = true;
      } catch (IoModuleException e) {
        Thread.sleep(20);
      }
    }
    assertThat(back).as("the module is reached again after the circuit's pause").isTrue();
    assertThat(module.health().circuit()).isEqualTo("CLOSED");
    assertThat(module.health().failures()).isGreaterThanOrEqualTo(3);
  }
}
