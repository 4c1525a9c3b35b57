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
import org.openparcs.bridge.sim.SimulatedCardReader;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.bridge.sim.SimulatedLaneDisplay;
import org.openparcs.bridge.sim.SimulatedVehicle;

/**
 * Simulated traffic for the demo: permit holders coming and going, strangers and an expired permit
 * turned away at the entry, each step printed as it happens at the lane.
 */
public final class VehicleStream {

  /** A plate the garage knows, with its holder. */
  public record Holder(String plate, String name, String kind) {}

  public static final List<Holder> HOLDERS =
      List.of(
          new Holder("7ABC123", "Ana Ruiz", "MONTHLY"),
          new Holder("8XYZ789", "City Fleet 12", "PERMIT"),
          new Holder("5KLM456", "Dr. Chen", "PERMIT"),
          new Holder("6TRK220", "Delivery Co.", "MONTHLY"));

  public static final String EXPIRED_PLATE = "4EXP001";

  /** A permit holder with a card (26-bit Wiegand 12:34567) whose plate the camera cannot read. */
  public static final Holder CARD_HOLDER = new Holder("2CRD202", "Card Holder", "PERMIT");

  /** A day pass that runs out 15 seconds after the demo starts: its stay then costs money. */
  public static final Holder DAY_VISITOR = new Holder("3DAY303", "Day Visitor", "PERMIT");

  /** Demo prices: 50 cents a started minute, no grace, so an exit soon owes something. */
  static final String DEMO_TARIFF =
      """
      {"version":"demo-1","effectiveFrom":"%s","currency":"USD","graceMinutes":0,
       "incrementMinutes":1,"incrementPrice":50,"dailyMax":2400,"lostTicketFee":4000}
      """;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final ControllerClient controller;
  private final SimulatedLane entry;
  private final SimulatedLane exit;
  private final SimulatedCardReader reader;
  private final SimulatedLaneDisplay entryDisplay;
  private final SimulatedLaneDisplay exitDisplay;
  private final PrintStream out;
  private final Random random = new Random(2026);
  private final Set<String> inside = new HashSet<>();

  public VehicleStream(ControllerClient controller, GarageStack garage, PrintStream out) {
    this.controller = controller;
    this.entry = garage.entryLane();
    this.exit = garage.exitLane();
    this.reader = garage.entryReader();
    this.entryDisplay = garage.entryDisplay();
    this.exitDisplay = garage.exitDisplay();
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
          now.plus(365, ChronoUnit.DAYS));
    }
    controller.registerPermit(
        CARD_HOLDER.plate(),
        CARD_HOLDER.name(),
        CARD_HOLDER.kind(),
        now.minus(1, ChronoUnit.DAYS),
        now.plus(365, ChronoUnit.DAYS),
        "12:34567");
    controller.registerPermit(
        DAY_VISITOR.plate(),
        DAY_VISITOR.name(),
        DAY_VISITOR.kind(),
        now.minus(1, ChronoUnit.HOURS),
        now.plus(15, ChronoUnit.SECONDS));
    controller.publishTariff(DEMO_TARIFF.formatted(now.minus(1, ChronoUnit.DAYS)));
    controller.registerPermit(
        EXPIRED_PLATE,
        "Former Tenant",
        "PERMIT",
        now.minus(90, ChronoUnit.DAYS),
        now.minus(1, ChronoUnit.DAYS));
  }

  private int visits;

  /** One visit to a barrier, chosen so the stream shows every kind of outcome. */
  public void next() throws InterruptedException {
    visits++;
    if (visits == 1 || visits == 2) {
      // The day visitor enters while the pass holds; the card holder early, to show the card.
      visitEntry(visits == 1 ? DAY_VISITOR.plate() : CARD_HOLDER.plate());
      return;
    }
    int pick = random.nextInt(10);
    List<Holder> outside =
        new ArrayList<>(HOLDERS.stream().filter(h -> !inside.contains(h.plate())).toList());
    if (!inside.contains(CARD_HOLDER.plate()) && pick == 0) {
      visitEntry(CARD_HOLDER.plate());
      return;
    }
    boolean canEnter = !outside.isEmpty();
    boolean canLeave = !inside.isEmpty();
    if (canLeave && (pick >= 4 && pick < 7 || !canEnter && pick < 7)) {
      List<String> in = new ArrayList<>(inside);
      visit(exit, "exit-1", GarageStack.EXIT_CAMERA, in.get(random.nextInt(in.size())));
    } else if (canEnter && pick < 7) {
      visitEntry(outside.get(random.nextInt(outside.size())).plate());
    } else if (pick < 9) {
      visitEntry(strangerPlate());
    } else {
      visitEntry(EXPIRED_PLATE);
    }
  }

  private void visitEntry(String plate) throws InterruptedException {
    visit(entry, "entry-1", entryCamera(), plate);
  }

  /** Entry reads alternate between the Hikvision camera and the Plate Recognizer one. */
  private String entryCamera() {
    return visits % 2 == 0 ? GarageStack.HIKVISION_CAMERA : GarageStack.ENTRY_CAMERA;
  }

  private void visit(SimulatedLane lane, String laneName, String camera, String plate)
      throws InterruptedException {
    SimulatedVehicle vehicle = new SimulatedVehicle(lane, Duration.ofMillis(400));
    vehicle.arrive();
    Thread.sleep(150);
    ControllerClient.PushResult r = push(lane, camera, plate);
    String what;
    if (r.status() != 200) {
      what = "camera push refused: " + r.status() + " " + r.body();
      vehicle.backAway();
    } else if (r.vended()) {
      SimulatedVehicle.Outcome o = vehicle.proceed(Duration.ofSeconds(5));
      what =
          o == SimulatedVehicle.Outcome.PASSED
              ? "barrier opened, vehicle drove through"
              : "barrier did not open in time, vehicle backed away";
      if (o == SimulatedVehicle.Outcome.PASSED) {
        if (laneName.startsWith("entry")) {
          inside.add(plate);
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
              + "), vehicle turned away";
    }
    SimulatedLaneDisplay display = lane == entry ? entryDisplay : exitDisplay;
    what += "; display: " + display.shown();
    out.printf(
        "%s  %-8s %-8s %-7s %-24s -> %s%n",
        LocalTime.now().format(TIME),
        laneName,
        plate,
        r.decision() == null ? "-" : r.decision(),
        r.reason() != null ? r.reason() : r.rule() == null ? "" : r.rule(),
        what);
  }

  /**
   * The camera's push: Hikvision ISAPI (with its JPEGs) or Plate Recognizer with the picture at the
   * entry, the Plate Recognizer webhook at the exit. The card holder's plate is unreadable: the
   * camera pushes "unknown" and the holder presents the card.
   */
  private ControllerClient.PushResult push(SimulatedLane lane, String camera, String plate)
      throws InterruptedException {
    if (plate.equals(CARD_HOLDER.plate()) && lane == entry) {
      controller.pushHikvision(GarageStack.HIKVISION_CAMERA, "unknown", 0);
      int pulses = lane.openPulses();
      reader.presentWiegand(12, 34567);
      long deadline = System.nanoTime() + 3_000_000_000L;
      while (lane.openPulses() == pulses && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      boolean opened = lane.openPulses() > pulses;
      return new ControllerClient.PushResult(
          200,
          opened ? "GRANTED" : "DENIED",
          "CARD_VALID_PERMIT (no plate read, card 12:34567)",
          null,
          opened ? "VENDED" : null,
          "");
    }
    double score = 0.90 + random.nextInt(9) / 100.0;
    if (camera.equals(GarageStack.HIKVISION_CAMERA)) {
      return controller.pushHikvision(camera, plate, (int) Math.round(score * 100));
    }
    if (lane == entry) {
      return controller.pushPlateRecognizerWithImage(camera, plate, score);
    }
    return controller.push(camera, plate, score);
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
