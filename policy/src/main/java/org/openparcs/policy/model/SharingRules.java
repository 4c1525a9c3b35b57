package org.openparcs.policy.model;

import java.util.List;

/**
 * Who a profile lets ALPR data go to (POLICY S1, S2). Sale and onward sharing are never allowed,
 * whatever the profile; federal and out-of-state agencies never get data (SB 34, SB 54).
 *
 * @param lawEnforcement whether law-enforcement agencies may be given data on request
 * @param agreementRequired whether only agencies with standing access (an agreement) may ask
 * @param commanderApproval whether agencies without standing access need a commander's approval
 * @param caseNumberAndCrimeType whether every request must carry both
 * @param onlyAgencies the only agencies that may be given data; empty: any that the rules allow
 * @param contractors whether the city's own parking contractors and enforcement vendors may be
 *     given data their contract needs
 * @param summary the profile's sharing rule as the public transparency page says it
 */
public record SharingRules(
    boolean lawEnforcement,
    boolean agreementRequired,
    boolean commanderApproval,
    boolean caseNumberAndCrimeType,
    List<String> onlyAgencies,
    boolean contractors,
    String summary) {

  public SharingRules {
    onlyAgencies = List.copyOf(onlyAgencies);
    if (summary == null || summary.isBlank()) {
      throw new IllegalArgumentException("a profile's sharing rules say what they are");
    }
  }
}
