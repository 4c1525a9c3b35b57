package org.openparcs.bridge.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openparcs.bridge.io.IoModuleException;
import org.openparcs.bridge.io.RegisterMap;

/** Real sockets on loopback that behave like broken I/O modules. */
class FaultyModbusServersIT {

  private ServerSocket server;
  private final AtomicBoolean running = new AtomicBoolean(true);

  @AfterEach
  void stop() throws Exception {
    running.set(false);
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aModuleThatNeverAnswersTimesOut() throws Exception {
    serve((in, out) -> in.read(new byte[260]));
    try (ModbusIoModule m = module(Duration.ofMillis(200))) {
      assertThatThrownBy(m::readInputs).isInstanceOf(IoModuleException.Timeout.class);
    }
  }

  @Test
  void aModuleThatAnswersGarbageIsMalformed() throws Exception {
    serve(
        (in, out) -> {
          byte[] request = new byte[260];
          int n = in.read(request);
          if (n >= 8) {
            // Right transaction id and length, wrong function code and a payload of noise.
            out.write(
                new byte[] {request[0], request[1], 0, 0, 0, 5, 1, 0x2B, 7, (byte) 0xFF, 0x13});
            out.flush();
          }
        });
    try (ModbusIoModule m = module(Duration.ofMillis(500))) {
      assertThatThrownBy(m::readInputs).isInstanceOf(IoModuleException.Malformed.class);
    }
  }

  @Test
  void aModuleThatHangsUpMidTransactionIsUnreachable() throws Exception {
    serve(
        (in, out) -> {
          in.read(new byte[260]);
          throw new java.io.IOException("hang up");
        });
    try (ModbusIoModule m = module(Duration.ofMillis(500))) {
      assertThatThrownBy(m::readInputs).isInstanceOf(IoModuleException.Unreachable.class);
    }
  }

  @Test
  void aFailureNamesTheDevice() throws Exception {
    serve((in, out) -> in.read(new byte[260]));
    try (ModbusIoModule m = module(Duration.ofMillis(100))) {
      assertThatThrownBy(m::readInputs)
          .isInstanceOfSatisfying(
              IoModuleException.class, e -> assertThat(e.device()).contains("io-faulty"));
    }
  }

  private interface Behaviour {
    void serve(InputStream in, OutputStream out) throws Exception;
  }

  private void serve(Behaviour behaviour) throws Exception {
    server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    Thread t =
        new Thread(
            () -> {
              while (running.get()) {
                try (Socket s = server.accept()) {
                  behaviour.serve(s.getInputStream(), s.getOutputStream());
                  Thread.sleep(1_000);
                } catch (Exception e) {
                  // the next connection gets the same treatment
                }
              }
            });
    t.setDaemon(true);
    t.start();
  }

  private ModbusIoModule module(Duration timeout) {
    return new ModbusIoModule(
        "io-faulty",
        new ModbusEndpoint("127.0.0.1", server.getLocalPort(), 1, timeout, Duration.ZERO),
        RegisterMap.MOXA_E1214);
  }
}
