package org.openparcs.portal.report.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openparcs.portal.report.model.BreachFacts;
import org.openparcs.portal.report.model.LocationCount;

/** The aggregates the reports are made of, from the audit trail, tallies and registries. */
public interface ReportData {

  /** What the audit trail and tallies say about {@code [from, to)}. */
  BreachFacts breachFacts(Instant from, Instant to);

  /** Reads, hits and corrections per place on the days {@code [from, to)}. */
  List<LocationCount> locations(LocalDate from, LocalDate to);

  /** ALPR accesses recorded in {@code [from, to)}, by audit action. */
  Map<String, Long> accesses(Instant from, Instant to);

  /** Registered cameras per garage. */
  Map<String, Long> camerasPerGarage();

  /**
   * Agencies with standing access, and those whose requests were released since {@code since}, with
   * the number of released requests.
   */
  Map<String, Long> sharingAgencies(Instant since);
}
