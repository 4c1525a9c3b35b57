package org.openparcs.portal.report.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the coordinator knows of a breach and types in; the rest of the notice comes from the audit
 * trail (POLICY K2).
 *
 * @param from the first day of the affected period
 * @param to the last day of the affected period
 * @param whatHappened a general description of the incident
 * @param contact the reporting department's name and contact information
 * @param delayedByInvestigation whether notification was delayed by a law-enforcement investigation
 */
public record BreachInput(
    LocalDate from,
    LocalDate to,
    String whatHappened,
    String contact,
    boolean delayedByInvestigation) {

  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (from == null || to == null || to.isBefore(from)) {
      problems.add("give the first and last day of the affected period");
    }
    if (whatHappened == null || whatHappened.isBlank() || whatHappened.length() > 4000) {
      problems.add("describe what happened (at most 4000 characters)");
    }
    if (contact == null || contact.isBlank() || contact.length() > 500) {
      problems.add("give the reporting department's name and contact information");
    }
    return problems;
  }
}
