package org.openparcs.controller.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.openparcs.controller.tariff.model.TariffVersion;

/**
 * What traffic to generate: a garage, its lanes, days of visitors and permit holders, and how many
 * cases of each kind of fraud to inject.
 *
 * @param firstDay first local day of traffic; the period generated is whole local days
 * @param visitorsPerDay visitor stays entering per day (their arrivals follow a daily profile)
 * @param permits permit holders, each parking on about 7 days in 10
 * @param injectionsPerKind cases injected of each kind of fraud
 * @param entryLanes at least two, so that a cloned plate can show at two of them
 * @param tariff the tariff version in effect (published by the caller)
 */
public record TrafficPlan(
    String garageId,
    ZoneId zone,
    LocalDate firstDay,
    int days,
    int visitorsPerDay,
    int permits,
    int injectionsPerKind,
    List<LaneSpec> entryLanes,
    List<LaneSpec> exitLanes,
    TariffVersion tariff,
    long seed) {

  public TrafficPlan {
    Objects.requireNonNull(garageId, "garageId");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(tariff, "tariff");
    entryLanes = List.copyOf(entryLanes);
    exitLanes = List.copyOf(exitLanes);
    if (days < 8) {
      throw new IllegalArgumentException("generate at least 8 days: merchants need a norm");
    }
    if (entryLanes.size() < 2 || exitLanes.isEmpty()) {
      throw new IllegalArgumentException("at least two entry lanes and one exit lane");
    }
    if (visitorsPerDay < 50 || injectionsPerKind < 1) {
      throw new IllegalArgumentException("at least 50 visitors a day and one case of each fraud");
    }
  }

  /** A lane of the generated garage and how it reports vehicles going through. */
  public record LaneSpec(String id, String camera, boolean countsVehicles) {}
}
