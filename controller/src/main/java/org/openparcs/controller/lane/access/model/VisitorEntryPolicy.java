package org.openparcs.controller.lane.access.model;

import java.util.Optional;
import org.openparcs.controller.garage.model.Direction;

/**
 * Entry: a plate no rule knows enters as a visitor (no ticket: the plate is the credential and its
 * session opens when the lane counts it through), where the garage admits visitors. Only a refusal
 * for an unknown plate turns into a visit: a full garage, a locked lane, an uncertain read or a
 * plate already inside stay refused.
 */
public final class VisitorEntryPolicy implements StayPolicy {
  @Override
  public Optional<AccessDecision> refine(
      AccessRequest request, AccessDecision decided, StayFacts facts) {
    if (request.direction() != Direction.ENTRY || !facts.visitorsAdmitted()) {
      return Optional.empty();
    }
    return decided.match(
        granted -> Optional.empty(),
        denied ->
            denied.reason() == DenialReason.UNKNOWN_PLATE
                ? Optional.of(new AccessDecision.Granted("VISITOR", null))
                : Optional.empty());
  }
}
