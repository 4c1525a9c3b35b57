package org.openparcs.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * {@code ./run-demo}: a working garage on this machine. Starts the entry and exit lanes' I/O module
 * simulators (Modbus TCP), the portal and the garage controller (each with its embedded MariaDB),
 * registers some permits and drives vehicles through the lanes until stopped.
 */
public final class DemoGarage {

  static final String COORDINATOR = "coordinator";
  static final String COORDINATOR_PASSWORD = "Demo-Garage-2026!";
  private static final String OPERATOR = "operator";
  private static final String OPERATOR_PASSWORD = "Demo-Lanes-2026!";

  private DemoGarage() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    int controllerPort = Integer.parseInt(option(args, "--controller-port", "8080"));
    int portalPort = Integer.parseInt(option(args, "--portal-port", "8081"));
    Path data = Path.of(option(args, "--data", "demo-data")).toAbsolutePath();
    // The jurisdiction profile the portal enforces (POLICY R2); it refuses an unknown one.
    String profile = option(args, "--profile", "SJ-PARK");
    GarageStack.Databases embedded =
        new GarageStack.Databases() {
          @Override
          public Map<String, String> controller() {
            return Map.of(
                "parcs.db.embedded-dir",
                data.resolve("controller-mariadb").toString(),
                "parcs.backup.journal-dir",
                data.resolve("journal").toString());
          }

          @Override
          public Map<String, String> portal() {
            return Map.of(
                "parcs.db.embedded-dir",
                data.resolve("portal-mariadb").toString(),
                "parcs.backup.journal-dir",
                data.resolve("journal").toString());
          }
        };
    say("Starting the demo garage (data and logs in " + data + ")");
    if (!hasFlag(args, "--keep-data")) {
      // The demo registers its permits at each start: begin from empty databases.
      DemoData.clear(data);
    }
    DemoAuthenticator authenticator = DemoAuthenticator.in(data);
    Map<String, String> account =
        Map.of(
            "parcs.portal.bootstrap-admin.username", COORDINATOR,
            "parcs.portal.bootstrap-admin.password", COORDINATOR_PASSWORD,
            "parcs.portal.bootstrap-admin.totp-secret", authenticator.secret(),
            "parcs.policy.profile", profile,
            // The garage operator of the console (issue 5): same TOTP secret as the coordinator,
            // so the code printed below serves both.
            "parcs.portal.demo-operator.username", OPERATOR,
            "parcs.portal.demo-operator.password", OPERATOR_PASSWORD,
            "parcs.portal.demo-operator.totp-secret", authenticator.secret(),
            "parcs.portal.demo-operator.garage", GarageStack.GARAGE_ID);
    int modbusPort = Integer.parseInt(option(args, "--modbus-port", "5020"));
    int osdpPort = Integer.parseInt(option(args, "--osdp-port", "5030"));
    GarageStack garage =
        new GarageStack(
            data.resolve("logs"),
            embedded,
            controllerPort,
            portalPort,
            modbusPort,
            modbusPort + 1,
            osdpPort,
            // Made at each start, like the keys: the garage signs with its key, so the portal
            // refuses this token anyway; it is never in the repository.
            MachineIdentities.secret(),
            account);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  say("Stopping the demo garage...");
                  garage.close();
                }));
    say(
        "  lane I/O modules simulated on Modbus TCP 127.0.0.1:"
            + modbusPort
            + " (entry-1) and :"
            + (modbusPort + 1)
            + " (exit-1)");
    say(
        "  OSDP on TCP: card reader 127.0.0.1:"
            + garage.devices().readerPort()
            + " and display :"
            + garage.devices().entryDisplayPort()
            + " (entry-1), display :"
            + garage.devices().exitDisplayPort()
            + " (exit-1)");
    say(
        "  cameras:     "
            + GarageStack.ENTRY_CAMERA
            + " Hikvision ISAPI ANPR (entry-1); "
            + GarageStack.EXIT_CAMERA
            + " Plate Recognizer webhook and "
            + GarageStack.EXIT_FRAME_CAMERA
            + " JPEG frames only (exit-1)");
    garage.startPortal();
    say("  portal running at " + garage.portal().base() + " under jurisdiction profile " + profile);
    // The demo garage admits visitors by plate and charges them by tariff (issue 6); its capacity
    // is small so the entry's full mode can be seen following occupancy.
    // The garage's views take the same profile's purposes (POLICY U1, T1).
    garage.controllerSetting("parcs.policy.profile", profile);
    garage.controllerSetting("parcs.visitors.admitted", "true");
    garage.controllerSetting("parcs.visitors.exit-grace", "2m");
    garage.controllerSetting("parcs.occupancy.capacity", "8");
    garage.startController();
    say("  garage controller running at " + garage.controller().base());
    ControllerClient client = garage.controllerClient();
    VehicleStream traffic =
        new VehicleStream(
            client, garage.entryLane(), garage.exitLane(), garage.devices(), System.out);
    traffic.registerPermits();
    client.publishTariff(VehicleStream.tariffJson());
    say(String.format("Demo garage up in %.1f s.", (System.nanoTime() - started) / 1e9));
    say("");
    say(
        "  Portal:      "
            + garage.portal().base()
            + "  (log in as "
            + COORDINATOR
            + " / "
            + COORDINATOR_PASSWORD
            + ", then the MFA code printed below)");
    say(
        "  MFA:         every portal user logs in with a TOTP code. This console prints the"
            + " coordinator's current code;");
    say(
        "               or add the secret "
            + authenticator.secret()
            + " to an authenticator app (TOTP, 6 digits, 30 s).");
    say(
        "  Console:     "
            + garage.controller().base()
            + "console  (garage operator console: log in as "
            + OPERATOR
            + " / "
            + OPERATOR_PASSWORD
            + " and the same MFA code; checked by the portal)");
    say(
        "               or in the portal: "
            + garage.portal().base()
            + "garages/"
            + GarageStack.GARAGE_ID
            + "/console  (log in to the portal as "
            + OPERATOR
            + "; the portal relays the garage's console)");
    say(
        "  Plate data:  record your training (Users) and sign the acknowledgement (My account)"
            + " first (POLICY A4).");
    say(
        "  Controller:  "
            + garage.controller().base()
            + "api/lanes  (lane status) and api/permits: with the console's operator session or"
            + " the portal's signature (401 otherwise); api/reporting");
    say(
        "  Visitors:    strangers enter by plate, no ticket (rule VISITOR); at the exit the barrier"
            + " stays down (PAYMENT_DUE)");
    say(
        "               until the driver pays by plate: "
            + garage.controller().base()
            + "api/quotes?plate=<plate>, then POST api/payments;");
    say(
        "               the stream does that at the exit terminal (PAY line) and the barrier opens"
            + " (rule PAID). Tariff demo-1: 0.50 per");
    say(
        "               started minute, 20.00 a day (api/tariffs). Occupancy: "
            + garage.controller().base()
            + "api/occupancy (capacity 8: the entry");
    say("               goes FULL for visitors at 8 inside, permit holders still enter).");
    say(
        "  Revenue:     the portal's Revenue and Findings pages (coordinator or revenue auditor)"
            + " show the nightly reports and findings.");
    say(
        "  Devices:     "
            + garage.controller().base()
            + "api/lane-devices (OSDP reader and displays), api/devices/cameras");
    say(
        "  Cards:       "
            + VehicleStream.CARD_HOLDER.plate()
            + "'s plate is never read at the entry; its permit's card "
            + VehicleStream.CARD_HOLDER.card()
            + " opens the barrier (CARD_VALID_PERMIT).");
    say("  Logs:        " + data.resolve("logs"));
    say("  Stop with Ctrl-C.");
    say("");
    say("time      lane     plate    outcome rule/reason              -> at the barrier");
    int visits = 0;
    long shownStep = -1;
    while (true) {
      Instant now = Instant.now();
      if (DemoAuthenticator.step(now) != shownStep) {
        shownStep = DemoAuthenticator.step(now);
        say("          coordinator's MFA code now: " + authenticator.codeAt(now));
      }
      traffic.next();
      if (++visits % 10 == 0) {
        JsonNode r = client.reporting();
        say(
            String.format(
                "          portal link %s, %d event(s) waiting in the outbox",
                r.path("linkUp").asBoolean() ? "up" : "down (" + r.path("lastError").asText() + ")",
                r.path("backlog").asLong()));
      }
      Thread.sleep(1500);
    }
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  private static boolean hasFlag(String[] args, String flag) {
    return java.util.Arrays.asList(args).contains(flag);
  }

  private static void say(String line) {
    System.out.println(line);
  }
}
