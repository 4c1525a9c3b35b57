package org.openparcs.portal.sharing.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The coordinator's decision on a pending request (POLICY S2): approve, with the commander's name
 * and date of approval for an agency without standing access; or deny, saying why.
 */
public record Decision(
    boolean approve, String denialReason, String commanderName, LocalDate commanderApprovedOn) {

  /** What is missing; empty when the decision can be recorded. */
  public List<String> problems(boolean commanderNeeded, LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (!approve && (denialReason == null || denialReason.isBlank())) {
      problems.add("say why the request is denied");
    }
    if (approve && commanderNeeded) {
      if (commanderName == null || commanderName.isBlank() || commanderName.length() > 200) {
        problems.add(
            "the agency has no standing access: record the approving commander's name (POLICY S2)");
      }
      if (commanderApprovedOn == null || commanderApprovedOn.isAfter(today)) {
        problems.add("record the date the commander approved (not in the future)");
      }
    }
    return problems;
  }
}
