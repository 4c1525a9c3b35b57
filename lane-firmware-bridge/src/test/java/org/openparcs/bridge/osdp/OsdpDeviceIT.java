package org.openparcs.bridge.osdp;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openparcs.bridge.osdp.acu.AcuSettings;
import org.openparcs.bridge.osdp.acu.OsdpDevice;
import org.openparcs.bridge.osdp.acu.OsdpDeviceListener;
import org.openparcs.bridge.osdp.netty.NettyOsdpLink;
import org.openparcs.bridge.sim.OsdpPeripheralServer;
import org.openparcs.bridge.sim.SimulatedCardReader;
import org.openparcs.bridge.sim.SimulatedLaneDisplay;

/** Our controller side (Netty) against simulated peripherals on real TCP on loopback. */
class OsdpDeviceIT {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static EventLoopGroup group;

  @BeforeAll
  static void startNetty() {
    group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  }

  @AfterAll
  static void stopNetty() {
    group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS);
  }

  static final class Events implements OsdpDeviceListener {
    final List<String> seen = new CopyOnWriteArrayList<>();

    @Override
    public void online(PdId id) {
      seen.add("online");
    }

    @Override
    public void offline(String reason) {
      seen.add("offline");
    }

    @Override
    public void cardRead(String cardNumber) {
      seen.add("card " + cardNumber);
    }
  }

  private OsdpDevice device(String name, int port, int address, Events events) {
    AcuSettings settings =
        new AcuSettings(address, Duration.ofMillis(20), Duration.ofMillis(150), 1, 3);
    return new OsdpDevice(
        name, settings, new NettyOsdpLink(name, "127.0.0.1", port, group), events);
  }

  @Test
  void aCardReaderComesOnlineAndReportsEachCardOnceEvenWhenAReplyIsCorrupted() {
    SimulatedCardReader reader = new SimulatedCardReader("reader", 3);
    Events events = new Events();
    try (OsdpPeripheralServer server = OsdpPeripheralServer.start(reader, 0);
        OsdpDevice device = device("reader", server.port(), 3, events)) {
      Eventually.within(WAIT, () -> device.status().online());
      assertThat(device.status().identity()).contains("serial 1003");

      reader.presentWiegand(12, 34567);
      Eventually.within(WAIT, () -> events.seen.contains("card 12:34567"));

      reader.corruptReplies(1);
      reader.presentFormatted("PERMIT-0042");
      Eventually.within(WAIT, () -> events.seen.contains("card PERMIT-0042"));
      Eventually.within(WAIT, () -> device.status().failures() >= 1);
      assertThat(device.status().lastFailure()).startsWith("bad check");
      assertThat(device.status().online()).isTrue();
      assertThat(events.seen).containsExactly("online", "card 12:34567", "card PERMIT-0042");

      device.send(LedCommand.steady(LedColor.GREEN));
      Eventually.within(WAIT, () -> reader.led() == LedColor.GREEN);
    }
  }

  @Test
  void aDisplayShowsTheTextItIsSent() {
    SimulatedLaneDisplay display = new SimulatedLaneDisplay("display", 5, 2);
    try (OsdpPeripheralServer server = OsdpPeripheralServer.start(display, 0);
        OsdpDevice device = device("display", server.port(), 5, new Events())) {
      device.send(TextCommand.line(1, "PLEASE PAY"));
      device.send(TextCommand.line(2, "USD 12.50"));
      Eventually.within(WAIT, () -> display.shown().equals("PLEASE PAY / USD 12.50"));
    }
  }

  @Test
  void aSilentPeripheralGoesOfflineAndComesBackWhenItAnswersAgain() {
    SimulatedCardReader reader = new SimulatedCardReader("silent", 1);
    Events events = new Events();
    try (OsdpPeripheralServer server = OsdpPeripheralServer.start(reader, 0);
        OsdpDevice device = device("silent", server.port(), 1, events)) {
      Eventually.within(WAIT, () -> device.status().online());
      reader.silent(true);
      Eventually.within(WAIT, () -> !device.status().online());
      assertThat(device.status().lastFailure()).startsWith("timeout");
      reader.silent(false);
      Eventually.within(WAIT, () -> device.status().online());
      // The status flips just before the listener hears of it: wait for the third event.
      Eventually.within(WAIT, () -> events.seen.size() >= 3);
      assertThat(events.seen).containsExactly("online", "offline", "online");
    }
  }

  @Test
  void aCutLineOrARestartedPeripheralIsReconnected() {
    SimulatedCardReader reader = new SimulatedCardReader("restart", 2);
    Events events = new Events();
    OsdpPeripheralServer server = OsdpPeripheralServer.start(reader, 0);
    int port = server.port();
    try (OsdpDevice device = device("restart", port, 2, events)) {
      Eventually.within(WAIT, () -> device.status().online());
      server.dropConnections();
      reader.presentWiegand(1, 2);
      Eventually.within(WAIT, () -> events.seen.contains("card 1:2"));

      server.close();
      Eventually.within(WAIT, () -> !device.status().online());
      assertThat(device.status().lastFailure()).startsWith("connect");
      server = OsdpPeripheralServer.start(reader, port);
      Eventually.within(WAIT, () -> device.status().online());
      reader.presentWiegand(1, 3);
      Eventually.within(WAIT, () -> events.seen.contains("card 1:3"));
    } finally {
      server.close();
    }
  }
}
