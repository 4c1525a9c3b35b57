package org.openparcs.controller.reconciliation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.controller.bench.TrafficPlan;
import org.openparcs.controller.bench.TrafficPlan.LaneSpec;
import org.openparcs.controller.shared.model.Money;
import org.openparcs.controller.tariff.model.FlatRate;
import org.openparcs.controller.tariff.model.Tariff;
import org.openparcs.controller.tariff.model.TariffVersion;

/**
 * A small generated garage for integration tests: two entry and two exit lanes (one of each
 * counting vehicles, one by its loops), eight days across the spring-forward night of 2026.
 */
final class GeneratedGarage {

  static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 3);
  static final List<LaneSpec> ENTRIES =
      List.of(new LaneSpec("entry-1", "cam-e1", true), new LaneSpec("entry-2", "cam-e2", false));
  static final List<LaneSpec> EXITS =
      List.of(new LaneSpec("exit-1", "cam-x1", true), new LaneSpec("exit-2", "cam-x2", false));

  private GeneratedGarage() {}

  static Map<String, String> lanes(List<IoModuleSimulator> sims) {
    Map<String, String> p = new HashMap<>();
    p.putAll(GarageTestSupport.lane("entry-1", "ENTRY", sims.get(0), "cam-e1"));
    p.putAll(GarageTestSupport.lane("entry-2", "ENTRY", sims.get(1), "cam-e2"));
    p.putAll(GarageTestSupport.lane("exit-1", "EXIT", sims.get(2), "cam-x1"));
    p.putAll(GarageTestSupport.lane("exit-2", "EXIT", sims.get(3), "cam-x2"));
    return p;
  }

  static TariffVersion tariff() {
    var usd = Money.currency("USD");
    Tariff t =
        new Tariff(
            usd,
            Duration.ofMinutes(10),
            Duration.ofMinutes(15),
            Money.of(100, usd),
            Money.of(75, usd),
            Money.of(2400, usd),
            Money.of(1500, usd),
            java.util.EnumSet.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY),
            List.of(
                new FlatRate(
                    "evening",
                    null,
                    LocalTime.of(17, 0),
                    LocalTime.MIDNIGHT,
                    LocalTime.of(17, 0),
                    LocalTime.of(6, 0),
                    Money.of(800, usd))),
            Money.of(4000, usd));
    return new TariffVersion("gen-1", Instant.parse("2026-01-01T08:00:00Z"), t);
  }

  static TrafficPlan plan(String garageId, int visitorsPerDay, int injections, long seed) {
    return new TrafficPlan(
        garageId, LA, FIRST_DAY, 8, visitorsPerDay, 15, injections, ENTRIES, EXITS, tariff(), seed);
  }
}
