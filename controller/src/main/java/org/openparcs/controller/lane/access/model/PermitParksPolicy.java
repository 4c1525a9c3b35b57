package org.openparcs.controller.lane.access.model;

import java.util.Optional;
import org.openparcs.controller.garage.model.Direction;

/**
 * Entry: a permit holder's group may have only its "Parks" vehicles inside at once; one more is
 * refused at the barrier (reconciliation control 4 looks for those that got in anyway).
 */
public final class PermitParksPolicy implements StayPolicy {
  @Override
  public Optional<AccessDecision> refine(
      AccessRequest request, AccessDecision decided, StayFacts facts) {
    if (request.direction() != Direction.ENTRY) {
      return Optional.empty();
    }
    return decided.match(
        granted ->
            granted.permit().isPresent()
                    && facts.permitGroup().map(StayFacts.PermitParks::full).orElse(false)
                ? Optional.of(
                    new AccessDecision.Denied("PERMIT_PARKS", DenialReason.PERMIT_GROUP_FULL))
                : Optional.empty(),
        denied -> Optional.empty());
  }
}
