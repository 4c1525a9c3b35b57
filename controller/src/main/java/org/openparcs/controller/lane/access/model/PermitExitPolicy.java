package org.openparcs.controller.lane.access.model;

import java.util.Optional;

/** Exit: a permit holder without a recorded entry (e.g. in before the system) may still leave. */
public final class PermitExitPolicy implements AccessPolicy {
  @Override
  public Optional<AccessDecision> evaluate(AccessRequest request) {
    return request
        .validPermit()
        .map(p -> new AccessDecision.Granted("VALID_PERMIT_NO_SESSION", p.id()));
  }
}
