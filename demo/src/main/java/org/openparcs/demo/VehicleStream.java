package org.openparcs.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.bridge.sim.SimulatedVehicle;

/**
 * Simulated traffic for the demo: permit holders coming and going, visitors entering by plate and
 * paying by plate at the exit before the barrier opens, an expired permit turned away at the entry,
 * each step printed as it happens at the lane. The entry's Hikvision camera pushes its reads; one
 * permit holder's plate it cannot read, and that driver shows a card to the entry's OSDP reader. At
 * the exit permit holders are seen by a camera that sends only JPEG frames (drawn by {@link
 * PlateScene}), which the controller reads itself, and visitors by the Plate Recognizer camera; the
 * exit display shows what a visitor owes.
 */
public final class VehicleStream {

  /** A plate the garage knows, with its holder and the card its permit carries (or null). */
  public record Holder(String plate, String name, String kind, String card) {
    Holder(String plate, String name, String kind) {
      this(plate, name, kind, null);
    }
  }

  /** The permit holder whose plate the entry camera cannot read: a 26-bit Wiegand card 12:34567. */
  public static final Holder CARD_HOLDER =
      new Holder("3MUD404", "Night Nurse", "PERMIT", "12:34567");

  public static final List<Holder> HOLDERS =
      List.of(
          new Holder("7ABC123", "Ana Ruiz", "MONTHLY"),
          new Holder("8XYZ789", "City Fleet 12", "PERMIT"),
          new Holder("5KLM456", "Dr. Chen", "PERMIT"),
          new Holder("6TRK220", "Delivery Co.", "MONTHLY"),
          CARD_HOLDER);

  public static final String EXPIRED_PLATE = "4EXP001";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final ControllerClient controller;
  private final SimulatedLane entry;
  private final SimulatedLane exit;
  private final DemoLaneDevices devices;
  private final PrintStream out;
  private final Random random = new Random(2026);
  private final Set<String> inside = new HashSet<>();
  private final PlateScene scene = new PlateScene(2026);
  private final Set<String> visitorsInside = new HashSet<>();
  private int payments;

  /** The demo's tariff: no free minutes, 0.50 per started minute, capped at 20.00 a day. */
  public static String tariffJson() {
    return """
        {"version":"demo-1","effectiveFrom":"%s","currency":"USD","graceMinutes":0,
         "incrementMinutes":1,"incrementPrice":50,"weekendIncrementPrice":50,"dailyMax":2000,
         "weekendDailyMax":2000,"lostTicketFee":2500}
        """
        .formatted(Instant.now().minus(1, ChronoUnit.DAYS));
  }

  public VehicleStream(
      ControllerClient controller,
      SimulatedLane entry,
      SimulatedLane exit,
      DemoLaneDevices devices,
      PrintStream out) {
    this.controller = controller;
    this.entry = entry;
    this.exit = exit;
    this.devices = devices;
    this.out = out;
  }

  /** Registers the demo's permits (one of them already expired). */
  public void registerPermits() {
    Instant now = Instant.now();
    for (Holder h : HOLDERS) {
      controller.registerPermit(
          h.plate(),
          h.name(),
          h.kind(),
          now.minus(1, ChronoUnit.DAYS),
          now.plus(365, ChronoUnit.DAYS),
          h.card());
    }
    controller.registerPermit(
        EXPIRED_PLATE,
        "Former Tenant",
        "PERMIT",
        now.minus(90, ChronoUnit.DAYS),
        now.minus(1, ChronoUnit.DAYS));
  }

  /** One visit to a barrier, chosen so the stream shows every kind of outcome. */
  public void next() throws InterruptedException {
    int pick = random.nextInt(10);
    List<Holder> outside =
        new ArrayList<>(HOLDERS.stream().filter(h -> !inside.contains(h.plate())).toList());
    boolean canEnter = !outside.isEmpty();
    boolean canLeave = !inside.isEmpty();
    if (!visitorsInside.isEmpty() && (pick == 3 || pick < 3 && visitorsInside.size() > 2)) {
      List<String> in = new ArrayList<>(visitorsInside);
      leaveAsVisitor(in.get(random.nextInt(in.size())));
    } else if (canLeave && (pick >= 4 && pick < 7 || !canEnter && pick < 7)) {
      List<String> in = new ArrayList<>(inside);
      visit(exit, "exit-1", GarageStack.EXIT_FRAME_CAMERA, in.get(random.nextInt(in.size())));
    } else if (canEnter && pick < 7) {
      Holder h = outside.get(random.nextInt(outside.size()));
      if (h.card() != null) {
        enterByCard(h);
      } else {
        visit(entry, "entry-1", GarageStack.ENTRY_CAMERA, h.plate());
      }
    } else if (pick < 9) {
      String visitor = strangerPlate();
      if (visit(entry, "entry-1", GarageStack.ENTRY_CAMERA, visitor)) {
        visitorsInside.add(visitor);
      }
    } else {
      visit(entry, "entry-1", GarageStack.ENTRY_CAMERA, EXPIRED_PLATE);
    }
  }

  /**
   * A visitor at the exit: the barrier stays down while the stay owes money; the driver pays by
   * plate at the exit terminal (quote, then payment) and the barrier opens.
   */
  private void leaveAsVisitor(String plate) throws InterruptedException {
    if (visit(exit, "exit-1", GarageStack.EXIT_CAMERA, plate)) {
      visitorsInside.remove(plate);
      return;
    }
    com.fasterxml.jackson.databind.JsonNode quote = controller.quote(plate);
    long due = quote.path("amount").asLong();
    String currency = quote.path("currency").asText("USD");
    int status =
        controller.pay(
            "demo-exit-" + (++payments) + "-" + plate,
            quote.path("sessionId").asText(),
            due,
            currency,
            "exit-1");
    out.printf(
        "%s  %-8s %-8s %-7s %-24s -> %s%n",
        LocalTime.now().format(TIME),
        "exit-1",
        plate,
        "PAY",
        quote.path("display").asText() + " " + currency,
        status / 100 == 2
            ? "paid by plate at the exit terminal (tariff "
                + quote.path("tariffVersion").asText()
                + ")"
            : "payment refused (" + status + ")");
    if (visit(exit, "exit-1", GarageStack.EXIT_CAMERA, plate)) {
      visitorsInside.remove(plate);
    }
  }

  /**
   * A permit holder whose plate the entry camera cannot read (it pushes {@code unknown}): the
   * driver holds the permit's card to the entry's OSDP reader and the barrier opens for the card.
   */
  private void enterByCard(Holder h) throws InterruptedException {
    SimulatedVehicle vehicle = new SimulatedVehicle(entry, Duration.ofMillis(400));
    vehicle.arrive();
    Thread.sleep(150);
    int pulses = entry.openPulses();
    ControllerClient.PushResult r = controller.pushHikvisionNoPlate(GarageStack.ENTRY_CAMERA);
    line(
        "entry-1",
        "?",
        "NO READ",
        "camera: " + r.status(),
        "the camera saw a vehicle but no plate; the driver shows card " + h.card());
    String[] card = h.card().split(":");
    devices.entryReader().presentWiegand(Integer.parseInt(card[0]), Integer.parseInt(card[1]));
    if (opened(entry, pulses, 60)) {
      SimulatedVehicle.Outcome o = vehicle.proceed(Duration.ofSeconds(5));
      if (o == SimulatedVehicle.Outcome.PASSED) {
        inside.add(h.plate());
      }
      line(
          "entry-1",
          h.plate(),
          "GRANTED",
          "CARD_VALID_PERMIT",
          o == SimulatedVehicle.Outcome.PASSED
              ? "barrier opened for the card, vehicle drove through"
              : "barrier did not open in time, vehicle backed away");
    } else {
      vehicle.backAway();
      line(
          "entry-1",
          h.plate(),
          "-",
          "card",
          "barrier stays down, entry display: " + devices.entryDisplay().shown());
    }
  }

  private void line(String lane, String plate, String outcome, String reason, String what) {
    out.printf(
        "%s  %-8s %-8s %-7s %-24s -> %s%n",
        LocalTime.now().format(TIME), lane, plate, outcome, reason, what);
  }

  /** One vehicle at a barrier; true when it drove through. */
  private boolean visit(SimulatedLane lane, String laneName, String camera, String plate)
      throws InterruptedException {
    SimulatedVehicle vehicle = new SimulatedVehicle(lane, Duration.ofMillis(400));
    vehicle.arrive();
    Thread.sleep(150);
    int pulses = lane.openPulses();
    boolean frames = GarageStack.EXIT_FRAME_CAMERA.equals(camera);
    ControllerClient.PushResult r =
        frames
            ? controller.pushFrames(
                camera,
                laneName,
                List.of(scene.frame(plate), scene.frame(plate)),
                Duration.ofSeconds(8))
            : controller.push(camera, plate, 0.90 + random.nextInt(9) / 100.0);
    boolean vended = r.vended() || frames && opened(lane, pulses);
    String what;
    boolean passed = false;
    if (r.status() != 200 && r.status() != 202) {
      what = "camera push refused: " + r.status() + " " + r.body();
      vehicle.backAway();
    } else if (vended) {
      SimulatedVehicle.Outcome o = vehicle.proceed(Duration.ofSeconds(5));
      what =
          o == SimulatedVehicle.Outcome.PASSED
              ? "barrier opened, vehicle drove through"
              : "barrier did not open in time, vehicle backed away";
      if (o == SimulatedVehicle.Outcome.PASSED) {
        passed = true;
        if (laneName.startsWith("entry")) {
          if (HOLDERS.stream().anyMatch(h -> h.plate().equals(plate))) {
            inside.add(plate);
          }
        } else {
          inside.remove(plate);
        }
      }
    } else {
      Thread.sleep(600);
      vehicle.backAway();
      what =
          "barrier stays down ("
              + (r.gate() == null ? "denied" : r.gate())
              + "), vehicle turned away; display: "
              + (lane == entry ? devices.entryDisplay() : devices.exitDisplay()).shown();
    }
    out.printf(
        "%s  %-8s %-8s %-7s %-24s -> %s%n",
        LocalTime.now().format(TIME),
        laneName,
        plate,
        r.decision() == null ? "-" : r.decision(),
        r.reason() != null ? r.reason() : r.rule() == null ? "" : r.rule(),
        what);
    return passed;
  }

  /** Whether the barrier was pulsed since {@code before} (a frame camera's answer says no more). */
  private static boolean opened(SimulatedLane lane, int before) throws InterruptedException {
    return opened(lane, before, 20);
  }

  private static boolean opened(SimulatedLane lane, int before, int polls)
      throws InterruptedException {
    for (int i = 0; i < polls && lane.openPulses() == before; i++) {
      Thread.sleep(50);
    }
    return lane.openPulses() > before;
  }

  private String strangerPlate() {
    String letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
    StringBuilder b = new StringBuilder().append(1 + random.nextInt(9));
    for (int i = 0; i < 3; i++) {
      b.append(letters.charAt(random.nextInt(letters.length())));
    }
    return b.append(100 + random.nextInt(900)).toString();
  }
}
