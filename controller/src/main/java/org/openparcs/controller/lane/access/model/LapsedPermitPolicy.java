package org.openparcs.controller.lane.access.model;

import java.util.Optional;

/** Entry: a plate whose only permits are outside their dates is refused, saying which way. */
public final class LapsedPermitPolicy implements AccessPolicy {
  @Override
  public Optional<AccessDecision> evaluate(AccessRequest request) {
    if (request.permits().isEmpty()) {
      return Optional.empty();
    }
    boolean anyStartsLater =
        request.permits().stream().anyMatch(p -> p.validFrom().isAfter(request.at()));
    DenialReason reason =
        anyStartsLater ? DenialReason.PERMIT_NOT_YET_VALID : DenialReason.PERMIT_EXPIRED;
    return Optional.of(new AccessDecision.Denied("PERMIT_DATES", reason));
  }
}
