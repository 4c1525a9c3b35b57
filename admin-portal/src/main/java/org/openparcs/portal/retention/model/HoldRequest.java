package org.openparcs.portal.retention.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A hold as typed on the form, checked before it is stored: a known kind, a valid target, a case
 * number and a reason (POLICY R3: each hold names its case and who placed it).
 */
public record HoldRequest(String kind, String target, String caseNumber, String reason) {

  private static final Pattern CASE = Pattern.compile("[\\p{L}\\p{N} ./#:_-]{1,64}");

  /** What is wrong with the request; empty when it can be placed. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    HoldTarget k = holdKind();
    if (k == null) {
      problems.add("choose what to hold: a read, a session or a plate");
    } else if (k.normalise(target) == null) {
      problems.add("the " + k.name().toLowerCase(Locale.ROOT) + " to hold is not valid");
    }
    if (caseNumber == null || !CASE.matcher(caseNumber.strip()).matches()) {
      problems.add("a hold names its case number (letters, digits, . / # : _ -; at most 64)");
    }
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      problems.add("a hold says why (at most 1000 characters)");
    }
    return problems;
  }

  /** The kind named; null when none is. */
  public HoldTarget holdKind() {
    for (HoldTarget t : HoldTarget.values()) {
      if (t.name().equalsIgnoreCase(kind == null ? "" : kind.strip())) {
        return t;
      }
    }
    return null;
  }
}
