package org.openparcs.portal.revenue.model;

import java.util.Set;

/**
 * POLICY A5: a revenue auditor sees plates only where needed. A finding needs its plates when the
 * plate is the thing to check: a stay without its other end, a plate that changed between entry and
 * exit, a lost-ticket claim against a recorded entry, a permit's vehicles, an overstay, a plate in
 * two places. Findings about devices, cashiers, merchants or payments alone never show one.
 */
public final class PlatesNeeded {

  private static final Set<String> RULES =
      Set.of(
          "EXIT_WITHOUT_ENTRY",
          "ENTRY_WITHOUT_EXIT",
          "PERMIT_OVER_CAPACITY",
          "EXIT_PLATE_MISMATCH",
          "LOST_TICKET_WITH_ENTRY",
          "OVERSTAY_AFTER_PAYMENT",
          "PLATE_IN_TWO_PLACES");

  private PlatesNeeded() {}

  public static boolean by(String rule) {
    return RULES.contains(rule);
  }
}
