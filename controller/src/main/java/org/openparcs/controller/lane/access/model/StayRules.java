package org.openparcs.controller.lane.access.model;

import java.util.List;
import java.util.Optional;

/**
 * The access rules, then the stay rules in order, each refining the decision so far: visitors
 * admitted by plate, permit groups held to their parks, exits held until paid.
 */
public final class StayRules {

  private final AccessRules access;
  private final List<StayPolicy> policies;

  public StayRules(AccessRules access, List<StayPolicy> policies) {
    this.access = access;
    this.policies = List.copyOf(policies);
  }

  public static StayRules standard(AccessRules access) {
    return new StayRules(
        access, List.of(new VisitorEntryPolicy(), new PermitParksPolicy(), new PaidExitPolicy()));
  }

  public AccessDecision decide(AccessRequest request, StayFacts facts) {
    AccessDecision decision = access.decide(request);
    for (StayPolicy policy : policies) {
      Optional<AccessDecision> refined = policy.refine(request, decision, facts);
      if (refined.isPresent()) {
        decision = refined.get();
      }
    }
    return decision;
  }
}
