package org.openparcs.bridge.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.bridge.interop.InteropTools.mbpollRead;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openparcs.bridge.io.DigitalInputs;
import org.openparcs.bridge.io.InputCounters;
import org.openparcs.bridge.io.RegisterMap;
import org.openparcs.bridge.lane.LaneIo;
import org.openparcs.bridge.lane.LaneSignals;
import org.openparcs.bridge.lane.LaneWiring;
import org.openparcs.bridge.lane.LoopCounts;
import org.openparcs.bridge.modbus.ModbusEndpoint;
import org.openparcs.bridge.modbus.ModbusIoModule;

/**
 * Our Modbus driver against a pymodbus 3 server (not ours) playing a Moxa ioLogik E1214. What the
 * server holds, we read bit for bit; what we write, mbpoll reads back from the server.
 */
class OurBridgeDrivesPymodbusIT {

  /** DI0 arming, DI2 arm up, DI3, DI5 on: 0b101101. */
  private static final int INPUT_BITS = 0b101101;

  /** One counter above 16 bits, to check the high word comes first. */
  private static final long[] COUNTERS = {1, 2, 3, 70_000, 5, 6};

  private Process server;
  private int port;
  private ModbusIoModule module;

  @BeforeEach
  void startServer() throws Exception {
    InteropTools.requirePymodbus();
    InteropTools.requireMbpoll();
    port = InteropTools.freePort();
    Path script = Files.createTempFile("e1214-pymodbus-", ".py");
    try (var in = getClass().getResourceAsStream("/interop/e1214_pymodbus_server.py")) {
      Files.write(script, in.readAllBytes());
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                InteropTools.PYTHON.toString(),
                script.toString(),
                String.valueOf(port),
                String.valueOf(INPUT_BITS)));
    for (long c : COUNTERS) {
      command.add(String.valueOf(c));
    }
    server = new ProcessBuilder(command).redirectErrorStream(true).inheritIO().start();
    awaitListening();
    module =
        new ModbusIoModule(
            "io-pymodbus",
            new ModbusEndpoint("127.0.0.1", port, 1, Duration.ofSeconds(1), Duration.ZERO),
            RegisterMap.MOXA_E1214);
  }

  @AfterEach
  void stopServer() throws Exception {
    if (module != null) {
      module.close();
    }
    if (server != null) {
      server.destroy();
      server.waitFor();
    }
  }

  @Test
  void readsEveryDiscreteInputBitForBit() throws Exception {
    assertThat(module.readInputs()).isEqualTo(new DigitalInputs(INPUT_BITS, 6));
    LaneIo lane = new LaneIo(module, LaneWiring.STANDARD);
    assertThat(lane.readSignals()).isEqualTo(new LaneSignals(true, false, true, true));
  }

  @Test
  void readsTheThirtyTwoBitCountersHighWordFirst() throws Exception {
    assertThat(module.readInputCounters()).isEqualTo(new InputCounters(COUNTERS));
    assertThat(new LaneIo(module, LaneWiring.STANDARD).readLoopCounts())
        .isEqualTo(new LoopCounts(1, 2));
  }

  @Test
  void ourPulseAndRelayWritesLandOnTheCoilsTheMapNames() throws Exception {
    module.pulseRelay(0);
    module.setRelay(2, true);
    assertThat(mbpollRead(port, 0, 0x10, 6))
        .as("pulse coils")
        .isEqualTo(Map.of(16, 1, 17, 0, 18, 0, 19, 0, 20, 0, 21, 0));
    assertThat(mbpollRead(port, 0, 0x00, 6))
        .as("relay coils")
        .isEqualTo(Map.of(0, 0, 1, 0, 2, 1, 3, 0, 4, 0, 5, 0));
  }

  private void awaitListening() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException("the pymodbus server exited: " + server.exitValue());
      }
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("the pymodbus server did not listen on " + port);
  }
}
