package org.openparcs.controller.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.openparcs.controller.bench.GarageRows.Table;
import org.openparcs.controller.reconciliation.model.Period;

/**
 * Generates days of realistic garage traffic straight into the garage schema: visitors arriving on
 * a daily profile (quiet between 03:00 and 04:00), permit holders on most days, lanes serving one
 * vehicle at a time, merchant validations, payments at exit terminals, pay-on-foot machines and the
 * app, a few honest lost tickets and cashier re-rings; then injects known frauds of every kind the
 * reconciliation must find. Same plan, same seed: same traffic.
 */
public final class TrafficGenerator {

  /** Relative arrivals per local hour; none in the quiet hour 03:00-04:00. */
  private static final int[] PROFILE = {
    2, 1, 1, 0, 1, 2, 6, 12, 16, 14, 12, 12, 14, 12, 10, 10, 12, 14, 12, 10, 8, 6, 4, 3
  };

  private final TrafficPlan plan;
  private final Random random;
  private final FastIds ids;
  private long plates;

  private TrafficGenerator(TrafficPlan plan) {
    this.plan = plan;
    this.random = new Random(plan.seed());
    this.ids = new FastIds(random);
  }

  /** Generates the plan's traffic into {@code sink} and says what must be found. */
  public static TrafficReport generate(TrafficPlan plan, RowSink sink) {
    return new TrafficGenerator(plan).run(sink);
  }

  private TrafficReport run(RowSink sink) {
    ZoneId zone = plan.zone();
    Instant start = plan.firstDay().atStartOfDay(zone).toInstant();
    Instant end = plan.firstDay().plusDays(plan.days()).atStartOfDay(zone).toInstant();
    TrafficReport report = new TrafficReport(new Period(start, end));
    StayWriter writer = new StayWriter(plan, sink, ids, report);
    List<Stay> stays = new ArrayList<>();
    permits(stays, writer, start, end);
    visitors(stays, end);
    StayMoney money = new StayMoney(plan, random, ids);
    Frauds frauds = new Frauds(plan, random, ids, money, writer, report, this::plate, end);
    frauds.beforeLanes(stays);
    LaneQueues.entries(stays);
    LaneQueues.exits(stays);
    frauds.validationSpike(stays);
    money.validations(stays);
    money.payments(stays);
    frauds.money(stays);
    for (Stay s : stays) {
      writer.write(s);
    }
    frauds.extraRows(stays);
    sink.flush();
    return report;
  }

  private void permits(List<Stay> stays, StayWriter writer, Instant start, Instant end) {
    for (int p = 0; p < plan.permits(); p++) {
      UUID permit = ids.at(start);
      String plate = "P" + Long.toString(100_000 + p, 36).toUpperCase();
      writer.row(
          Table.PERMIT,
          permit,
          plan.garageId(),
          plate,
          "Holder " + p,
          "PERMIT",
          start.minus(Duration.ofDays(30)),
          end.plus(Duration.ofDays(30)),
          start);
      for (int d = 0; d < plan.days(); d++) {
        if (random.nextInt(10) < 7) {
          LocalDate day = plan.firstDay().plusDays(d);
          Instant in = local(day, 7 * 60 + random.nextInt(150));
          Instant out = in.plus(Duration.ofMinutes(8 * 60 + random.nextInt(120)));
          stays.add(lanes(new Stay(ids.at(in), plate, permit, in, out.isBefore(end) ? out : null)));
        }
      }
    }
  }

  private void visitors(List<Stay> stays, Instant end) {
    int total = 0;
    for (int weight : PROFILE) {
      total += weight;
    }
    for (int d = 0; d < plan.days(); d++) {
      LocalDate day = plan.firstDay().plusDays(d);
      for (int v = 0; v < plan.visitorsPerDay(); v++) {
        Instant in =
            local(day, hour(total) * 60 + random.nextInt(60)).plusSeconds(random.nextInt(60));
        if (QuietSlots.isQuiet(in, plan.zone())) {
          in = in.plus(Duration.ofHours(1));
        }
        Instant out = leaveTime(in.plus(stayLength()));
        stays.add(
            lanes(new Stay(ids.at(in), plate("V"), null, in, out.isBefore(end) ? out : null)));
      }
    }
  }

  private int hour(int total) {
    int pick = random.nextInt(total);
    for (int h = 0; h < PROFILE.length; h++) {
      pick -= PROFILE[h];
      if (pick < 0) {
        return h;
      }
    }
    return 12;
  }

  /** Short visits, errands, work days, overnight stays and a few over two days. */
  private Duration stayLength() {
    int r = random.nextInt(100);
    int minutes =
        r < 8
            ? 2 + random.nextInt(8)
            : r < 68
                ? 30 + random.nextInt(210)
                : r < 88
                    ? 240 + random.nextInt(480)
                    : r < 98 ? 720 + random.nextInt(1080) : 1800 + random.nextInt(1200);
    return Duration.ofMinutes(minutes).plusSeconds(random.nextInt(60));
  }

  /** Clean vehicles do not leave in the quiet hour either. */
  private Instant leaveTime(Instant out) {
    return QuietSlots.isQuiet(out, plan.zone())
        ? out.atZone(plan.zone())
            .toLocalDate()
            .atTime(QuietSlots.END)
            .atZone(plan.zone())
            .toInstant()
            .plusSeconds(random.nextInt(1200))
        : out;
  }

  private Stay lanes(Stay s) {
    s.entryLane = plan.entryLanes().get(random.nextInt(plan.entryLanes().size()));
    s.exitLane = plan.exitLanes().get(random.nextInt(plan.exitLanes().size()));
    return s;
  }

  /** Local wall-clock time (a time skipped by daylight saving moves forward by the gap). */
  private Instant local(LocalDate day, int minuteOfDay) {
    return day.atStartOfDay().plusMinutes(minuteOfDay).atZone(plan.zone()).toInstant();
  }

  /** A plate never used before in this traffic: prefix and a counter in base 36. */
  String plate(String prefix) {
    return prefix + Long.toString(1_000_000 + (++plates), 36).toUpperCase();
  }
}
