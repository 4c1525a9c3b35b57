package org.openparcs.controller.lane.access.model;

import java.util.Optional;

/** Entry: a plate with a permit valid now, in this garage, enters. */
public final class ValidPermitPolicy implements AccessPolicy {
  @Override
  public Optional<AccessDecision> evaluate(AccessRequest request) {
    return request.validPermit().map(p -> new AccessDecision.Granted("VALID_PERMIT", p.id()));
  }
}
