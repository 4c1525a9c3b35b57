package org.openparcs.portal.report.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The annual data usage report for a calendar year (POLICY K4; SJPD-DUP 14): reads by location,
 * hits by location, records accessed, and accuracy from operators' corrections. Aggregates only.
 *
 * @param year the calendar year
 * @param profile the jurisdiction profile in force
 * @param locations counts per place
 * @param accessesByAction ALPR accesses recorded in the year, by action
 */
public record AnnualReport(
    int year, String profile, List<LocationCount> locations, Map<String, Long> accessesByAction) {

  public AnnualReport {
    locations = List.copyOf(locations);
    accessesByAction = Map.copyOf(accessesByAction);
  }

  public long reads() {
    return locations.stream().mapToLong(LocationCount::reads).sum();
  }

  public long hits() {
    return locations.stream().mapToLong(LocationCount::hits).sum();
  }

  public long corrections() {
    return locations.stream().mapToLong(LocationCount::corrections).sum();
  }

  public long recordsAccessed() {
    return accessesByAction.entrySet().stream()
        .filter(e -> !e.getKey().equals("ALPR_REFUSED"))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /**
   * The share of reads no operator had to correct, or "no corrections recorded" when garages sent
   * no {@code plate_correction} event for the year.
   */
  public String accuracy() {
    if (corrections() == 0) {
      return "no corrections recorded";
    }
    double share = 100.0 * (reads() - corrections()) / Math.max(1, reads());
    return String.format(
        Locale.ROOT,
        "%.2f %% (%d of %d reads corrected by operators)",
        share,
        corrections(),
        reads());
  }
}
