package org.openparcs.demo;

import java.util.HashMap;
import java.util.Map;
import org.openparcs.bridge.sim.OsdpPeripheralServer;
import org.openparcs.bridge.sim.SimulatedCardReader;
import org.openparcs.bridge.sim.SimulatedLaneDisplay;

/**
 * The demo garage's OSDP devices, each a simulated peripheral on its own TCP port on loopback: a
 * card reader and a display at the entry, a display at the exit. The controller reaches them as it
 * would a real PD or its serial-to-Ethernet converter ({@code parcs.lane-devices.<id>.*}).
 */
public final class DemoLaneDevices implements AutoCloseable {

  public static final String ENTRY_READER = "reader-entry-1";
  public static final String ENTRY_DISPLAY = "display-entry-1";
  public static final String EXIT_DISPLAY = "display-exit-1";

  private final SimulatedCardReader entryReader = new SimulatedCardReader(ENTRY_READER, 1);
  private final SimulatedLaneDisplay entryDisplay = new SimulatedLaneDisplay(ENTRY_DISPLAY, 2, 2);
  private final SimulatedLaneDisplay exitDisplay = new SimulatedLaneDisplay(EXIT_DISPLAY, 3, 2);
  private final OsdpPeripheralServer readerServer;
  private final OsdpPeripheralServer entryDisplayServer;
  private final OsdpPeripheralServer exitDisplayServer;

  /**
   * @param firstPort the reader's TCP port, the displays' the next two; 0: free ports
   */
  public DemoLaneDevices(int firstPort) {
    this.readerServer = OsdpPeripheralServer.start(entryReader, firstPort);
    this.entryDisplayServer =
        OsdpPeripheralServer.start(entryDisplay, firstPort == 0 ? 0 : firstPort + 1);
    this.exitDisplayServer =
        OsdpPeripheralServer.start(exitDisplay, firstPort == 0 ? 0 : firstPort + 2);
  }

  public SimulatedCardReader entryReader() {
    return entryReader;
  }

  public SimulatedLaneDisplay entryDisplay() {
    return entryDisplay;
  }

  public SimulatedLaneDisplay exitDisplay() {
    return exitDisplay;
  }

  public int readerPort() {
    return readerServer.port();
  }

  public int entryDisplayPort() {
    return entryDisplayServer.port();
  }

  public int exitDisplayPort() {
    return exitDisplayServer.port();
  }

  /** The controller's settings for these devices. */
  public Map<String, String> controllerSettings(String entryLane, String exitLane) {
    Map<String, String> p = new HashMap<>();
    device(p, ENTRY_READER, entryLane, "CARD_READER", readerServer.port(), 1);
    device(p, ENTRY_DISPLAY, entryLane, "DISPLAY", entryDisplayServer.port(), 2);
    device(p, EXIT_DISPLAY, exitLane, "DISPLAY", exitDisplayServer.port(), 3);
    return p;
  }

  private static void device(
      Map<String, String> p, String id, String lane, String kind, int port, int address) {
    String prefix = "parcs.lane-devices." + id + ".";
    p.put(prefix + "lane", lane);
    p.put(prefix + "kind", kind);
    p.put(prefix + "host", "127.0.0.1");
    p.put(prefix + "port", String.valueOf(port));
    p.put(prefix + "address", String.valueOf(address));
  }

  @Override
  public void close() {
    readerServer.close();
    entryDisplayServer.close();
    exitDisplayServer.close();
  }
}
