package org.openparcs.controller.lane.access.model;

import java.util.List;

/** The stay rules, in the order they refine a decision. */
public final class StayPolicies {

  private StayPolicies() {}

  public static List<StayPolicy> standard() {
    return List.of(new VisitorEntryPolicy(), new PermitParksPolicy(), new PaidExitPolicy());
  }
}
