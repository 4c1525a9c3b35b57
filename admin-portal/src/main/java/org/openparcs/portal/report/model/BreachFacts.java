package org.openparcs.portal.report.model;

import java.util.List;
import java.util.Map;

/**
 * What the audit trail and the tallies say about the affected period (POLICY K2).
 *
 * @param accessesByAction ALPR accesses recorded, by action (searches, views, exports, API, records
 *     shared, refusals)
 * @param distinctTerms distinct plates or terms searched or viewed
 * @param departments the departments and agencies whose accesses are recorded
 * @param readsStored plate reads the garages reported in the period
 * @param failedLogons failed log-on steps in the period
 */
public record BreachFacts(
    Map<String, Long> accessesByAction,
    long distinctTerms,
    List<String> departments,
    long readsStored,
    long failedLogons) {

  public BreachFacts {
    accessesByAction = Map.copyOf(accessesByAction);
    departments = List.copyOf(departments);
  }

  public long accesses() {
    return accessesByAction.values().stream().mapToLong(Long::longValue).sum();
  }
}
