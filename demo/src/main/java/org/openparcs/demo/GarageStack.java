package org.openparcs.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;

/**
 * A whole garage on one machine: an entry and an exit lane whose I/O modules are simulated on
 * Modbus TCP, their OSDP card reader and displays simulated on TCP, the garage controller and the
 * central portal, each service in its own JVM, both serving HTTPS with certificates of a CA made at
 * start, the garage signing its reports with its enrolled key and its cameras pushing with their
 * own tokens: a Hikvision ANPR camera at the entry, a Plate Recognizer camera and a camera that
 * only sends frames at the exit.
 */
public final class GarageStack implements AutoCloseable {

  public static final String GARAGE_ID = "garage-1";

  /** The entry's camera: Hikvision ISAPI ANPR pushes ({@code /api/cameras/{id}/hikvision}). */
  public static final String ENTRY_CAMERA = "cam-entry-1";

  /** The exit's camera: Plate Recognizer webhooks ({@code /api/cameras/{id}/platerecognizer}). */
  public static final String EXIT_CAMERA = "cam-exit-1";

  /** A second exit camera that only sends JPEG frames: the controller reads the plates itself. */
  public static final String EXIT_FRAME_CAMERA = "cam-exit-frames";

  /** What each demo camera sends. */
  public static final Map<String, CameraFormat> CAMERA_FORMATS =
      Map.of(
          ENTRY_CAMERA, CameraFormat.HIKVISION_ISAPI,
          EXIT_CAMERA, CameraFormat.PLATE_RECOGNIZER,
          EXIT_FRAME_CAMERA, CameraFormat.FRAMES);

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
  private final Map<String, String> controllerExtras = new HashMap<>();
  private final IoModuleSimulator entry;
  private final IoModuleSimulator exit;
  private final DemoLaneDevices devices;
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
    this(
        logs,
        databases,
        controllerPort,
        portalPort,
        entryModbusPort,
        exitModbusPort,
        0,
        garageToken,
        portalAccount);
  }

  /**
   * @param osdpPort the entry card reader's TCP port, the entry and exit displays' the next two (0:
   *     free ports)
   */
  public GarageStack(
      Path logs,
      Databases databases,
      int controllerPort,
      int portalPort,
      int entryModbusPort,
      int exitModbusPort,
      int osdpPort,
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
            logs.resolve("identity"), GARAGE_ID, ENTRY_CAMERA, EXIT_CAMERA, EXIT_FRAME_CAMERA);
    this.entry = IoModuleSimulator.start(SimulatedLane.standard("entry-1"), entryModbusPort);
    this.exit = IoModuleSimulator.start(SimulatedLane.standard("exit-1"), exitModbusPort);
    this.devices = new DemoLaneDevices(osdpPort);
  }

  /** The lanes' OSDP card reader and displays. */
  public DemoLaneDevices devices() {
    return devices;
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
    // The garage's console, for the portal's console page (issue 5).
    p.put("parcs.portal.consoles." + GARAGE_ID + ".url", "https://127.0.0.1:" + controllerPort);
    p.putAll(portalAccount);
    p.putAll(identities.portal());
    p.putAll(identities.server(true, portalPort));
    p.putAll(DemoPlateKeys.in(logs.resolve("portal-plate-keys.properties")).settings());
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

  /** A setting for the controller, before {@link #startController()}. */
  public void controllerSetting(String key, String value) {
    controllerExtras.put(key, value);
  }

  public void startController() {
    startController(Map.of());
  }

  /** Starts the controller with {@code extra} properties over the stack's own. */
  public void startController(Map<String, String> extra) {
    Map<String, String> p = new HashMap<>(databases.controller());
    p.put("parcs.garage.id", GARAGE_ID);
    p.put("parcs.garage.name", "Demo Garage");
    lane(p, "entry-1", "Entry 1", "ENTRY", entry, ENTRY_CAMERA);
    lane(p, "exit-1", "Exit 1", "EXIT", exit, EXIT_CAMERA + "," + EXIT_FRAME_CAMERA);
    p.putAll(devices.controllerSettings("entry-1", "exit-1"));
    p.put("parcs.frames.dir", framesDir().toString());
    p.putAll(DemoPlateKeys.in(keysFile()).settings());
    p.put("parcs.portal.url", "https://127.0.0.1:" + portalPort);
    p.put("parcs.portal.token", garageToken);
    p.put("parcs.portal.max-backoff", "2s");
    p.putAll(identities.controller());
    p.putAll(identities.server(false, controllerPort));
    p.putAll(controllerExtras);
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

  public void stopController() {
    if (controller != null) {
      controller.close();
      controller = null;
    }
  }

  /** Where the controller keeps its frame images ({@code parcs.frames.dir}), sealed (POLICY K1). */
  public java.nio.file.Path framesDir() {
    return logs.toAbsolutePath().resolveSibling("controller-frames");
  }

  /** The controller's plate keys (POLICY K1), generated once into the demo's data folder. */
  public org.openparcs.protection.PlateKeys plateKeys() {
    return DemoPlateKeys.in(keysFile()).ring();
  }

  private Path keysFile() {
    return logs.toAbsolutePath().resolveSibling("controller-keys.properties");
  }

  public ServiceProcess controller() {
    return controller;
  }

  /** The demo's CA, keys and camera tokens. */
  public MachineIdentities identities() {
    return identities;
  }

  /**
   * A client of the controller as its cameras (HTTPS, camera tokens) and the portal (signed
   * requests to the garage's views and permits) use it.
   */
  public ControllerClient controllerClient() {
    return new ControllerClient(
        controller.base(),
        identities.clientTls(),
        identities.cameraTokens(),
        CAMERA_FORMATS,
        identities.portalSigningKey(),
        viewPurpose());
  }

  /**
   * The purpose the demo's portal traffic states at the garage's views (POLICY U1, T1): the first
   * of the controller's jurisdiction profile.
   */
  private String viewPurpose() {
    String profile = controllerExtras.getOrDefault("parcs.policy.profile", "SJ-PARK");
    return org.openparcs.policy.catalog.ProfileCatalog.standard()
        .find(profile)
        .orElseThrow(() -> new IllegalArgumentException("no jurisdiction profile " + profile))
        .purposes()
        .get(0)
        .id();
  }

  public ServiceProcess portal() {
    return portal;
  }

  @Override
  public void close() {
    stopController();
    stopPortal();
    entry.close();
    exit.close();
    devices.close();
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
