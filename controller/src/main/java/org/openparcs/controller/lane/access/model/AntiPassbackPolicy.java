package org.openparcs.controller.lane.access.model;

import java.util.Optional;

/** Entry: a plate already inside (open session) cannot enter again. */
public final class AntiPassbackPolicy implements AccessPolicy {
  @Override
  public Optional<AccessDecision> evaluate(AccessRequest request) {
    return request.openSessionId().isPresent()
        ? Optional.of(new AccessDecision.Denied("ANTI_PASSBACK", DenialReason.ALREADY_INSIDE))
        : Optional.empty();
  }
}
