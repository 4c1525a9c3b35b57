package org.openparcs.controller.lane.access.model;

import java.util.Optional;

/**
 * A read equally close to two known plates matches neither: the vehicle is refused until an
 * operator reads the plate from the image, rather than let in on one of two guesses.
 */
public final class AmbiguousPlatePolicy implements AccessPolicy {
  @Override
  public Optional<AccessDecision> evaluate(AccessRequest request) {
    return request.match().kind() == MatchKind.AMBIGUOUS
        ? Optional.of(new AccessDecision.Denied("AMBIGUOUS_PLATE", DenialReason.AMBIGUOUS_READ))
        : Optional.empty();
  }
}
