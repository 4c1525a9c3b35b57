package org.openparcs.controller.lane.access.model;

import java.util.Optional;

/**
 * A vehicle none of whose reads was sure enough is not decided by guessing: it is refused until an
 * operator reads the plate from the image (the lane raises the exception with the image attached).
 */
public final class UncertainReadPolicy implements AccessPolicy {
  @Override
  public Optional<AccessDecision> evaluate(AccessRequest request) {
    return request.readCertain()
        ? Optional.empty()
        : Optional.of(
            new AccessDecision.Denied("READ_BELOW_THRESHOLD", DenialReason.READ_UNCERTAIN));
  }
}
