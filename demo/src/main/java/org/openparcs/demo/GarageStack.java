package org.openparcs.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.OsdpPeripheralServer;
import org.openparcs.bridge.sim.SimulatedCardReader;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.bridge.sim.SimulatedLaneDisplay;

/**
 * A whole garage on one machine: an entry and an exit lane whose I/O modules are simulated on
 * Modbus TCP, an OSDP card reader at the entry and OSDP displays at both lanes (simulated on TCP),
 * the garage controller and the central portal, each service in its own JVM, both serving HTTPS
 * with certificates of a CA made at start, the garage signing its reports with its enrolled key and
 * its cameras pushing with their own tokens.
 */
public final class GarageStack implements AutoCloseable {

  public static final String GARAGE_ID = "garage-1";
  public static final String ENTRY_CAMERA = "cam-entry-1";
  public static final String EXIT_CAMERA = "cam-exit-1";

  /** A Hikvision ANPR camera at the entry, pushing ISAPI multipart (anpr.xml and JPEGs). */
  public static final String HIKVISION_CAMERA = "hik-entry-1";

  /** Where the services keep their data: their own embedded MariaDB, or databases given here. */
  public interface Databases {
    Map<String, String> controller();

    Map<String, String> portal();
  }

  private final Path root;
  private final Path logs;
  private final Databases databases;
  private final int controllerPort;
  private final int portalPort;
  private final String garageToken;
  private final Map<String, String> portalAccount;
  private final IoModuleSimulator entry;
  private final IoModuleSimulator exit;
  private final SimulatedCardReader entryReader = new SimulatedCardReader("reader-entry-1", 1);
  private final SimulatedLaneDisplay entryDisplay =
      new SimulatedLaneDisplay("display-entry-1", 2, 2);
  private final SimulatedLaneDisplay exitDisplay = new SimulatedLaneDisplay("display-exit-1", 3, 2);
  private final List<OsdpPeripheralServer> osdp = new ArrayList<>();
  private final MachineIdentities identities;
  private ServiceProcess portal;
  private ServiceProcess controller;

  public GarageStack(
      Path logs,
      Databases databases,
      int controllerPort,
      int portalPort,
      int entryModbusPort,
      int exitModbusPort,
      String garageToken,
      Map<String, String> portalAccount) {
    this.root = ModuleClasspath.repositoryRoot();
    this.logs = logs;
    this.databases = databases;
    this.controllerPort = controllerPort;
    this.portalPort = portalPort;
    this.garageToken = garageToken;
    this.portalAccount = portalAccount;
    this.identities =
        MachineIdentities.create(
            logs.resolve("identity"), GARAGE_ID, ENTRY_CAMERA, EXIT_CAMERA, HIKVISION_CAMERA);
    this.entry = IoModuleSimulator.start(SimulatedLane.standard("entry-1"), entryModbusPort);
    this.exit = IoModuleSimulator.start(SimulatedLane.standard("exit-1"), exitModbusPort);
    // OSDP card reader and displays on TCP, free ports (a serial-to-Ethernet converter's role).
    osdp.add(OsdpPeripheralServer.start(entryReader, 0));
    osdp.add(OsdpPeripheralServer.start(entryDisplay, 0));
    osdp.add(OsdpPeripheralServer.start(exitDisplay, 0));
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

  /** "reader-entry-1 on :port, ..." for the console. */
  public String osdpPorts() {
    return osdp.get(0).port()
        + " (entry card reader), :"
        + osdp.get(1).port()
        + " (entry display), :"
        + osdp.get(2).port()
        + " (exit display)";
  }

  public SimulatedLane entryLane() {
    return entry.lane();
  }

  public SimulatedLane exitLane() {
    return exit.lane();
  }

  public void startPortal() {
    Map<String, String> p = new HashMap<>(databases.portal());
    p.put("parcs.portal.garages[0].id", GARAGE_ID);
    p.put("parcs.portal.garages[0].name", "Demo Garage");
    p.put("parcs.portal.garages[0].token", garageToken);
    p.putAll(portalAccount);
    p.putAll(identities.portal());
    p.putAll(identities.server(true, portalPort));
    portal =
        ServiceProcess.start(
            "portal",
            root.resolve("admin-portal"),
            "org.openparcs.portal.PortalApplication",
            portalPort,
            p,
            logs.resolve("portal.log"),
            Duration.ofSeconds(120),
            identities.clientTls());
  }

  public void stopPortal() {
    if (portal != null) {
      portal.close();
      portal = null;
    }
  }

  public void startController() {
    startController(Map.of());
  }

  /** Starts the controller with {@code extra} properties over the stack's own. */
  public void startController(Map<String, String> extra) {
    Map<String, String> p = new HashMap<>(databases.controller());
    p.put("parcs.garage.id", GARAGE_ID);
    p.put("parcs.garage.name", "Demo Garage");
    lane(p, "entry-1", "Entry 1", "ENTRY", entry, ENTRY_CAMERA + "," + HIKVISION_CAMERA);
    lane(p, "exit-1", "Exit 1", "EXIT", exit, EXIT_CAMERA);
    osdpDevice(p, "reader-entry-1", "entry-1", "CARD_READER", osdp.get(0), 1);
    osdpDevice(p, "display-entry-1", "entry-1", "DISPLAY", osdp.get(1), 2);
    osdpDevice(p, "display-exit-1", "exit-1", "DISPLAY", osdp.get(2), 3);
    p.put("parcs.portal.url", "https://127.0.0.1:" + portalPort);
    p.put("parcs.portal.token", garageToken);
    p.put("parcs.portal.max-backoff", "2s");
    p.putAll(identities.controller());
    p.putAll(identities.server(false, controllerPort));
    p.putAll(extra);
    controller =
        ServiceProcess.start(
            "controller",
            root.resolve("controller"),
            "org.openparcs.controller.ControllerApplication",
            controllerPort,
            p,
            logs.resolve("controller.log"),
            Duration.ofSeconds(120),
            identities.clientTls());
  }

  public ServiceProcess controller() {
    return controller;
  }

  /** The demo's CA, keys and camera tokens. */
  public MachineIdentities identities() {
    return identities;
  }

  /** A client of the controller as its cameras and operators use it (HTTPS, camera tokens). */
  public ControllerClient controllerClient() {
    return new ControllerClient(
        controller.base(), identities.clientTls(), identities.cameraTokens());
  }

  public ServiceProcess portal() {
    return portal;
  }

  @Override
  public void close() {
    if (controller != null) {
      controller.close();
    }
    stopPortal();
    osdp.forEach(OsdpPeripheralServer::close);
    entry.close();
    exit.close();
  }

  private static void osdpDevice(
      Map<String, String> p,
      String id,
      String lane,
      String kind,
      OsdpPeripheralServer s,
      int address) {
    String prefix = "parcs.lane-devices." + id + ".";
    p.put(prefix + "lane", lane);
    p.put(prefix + "kind", kind);
    p.put(prefix + "host", "127.0.0.1");
    p.put(prefix + "port", String.valueOf(s.port()));
    p.put(prefix + "address", String.valueOf(address));
  }

  private static void lane(
      Map<String, String> p,
      String id,
      String name,
      String direction,
      IoModuleSimulator sim,
      String camera) {
    String prefix = "parcs.lanes." + id + ".";
    p.put(prefix + "name", name);
    p.put(prefix + "direction", direction);
    p.put(prefix + "io-host", "127.0.0.1");
    p.put(prefix + "io-port", String.valueOf(sim.port()));
    p.put(prefix + "cameras", camera);
  }
}
