package org.openparcs.controller.lane.access.model;

import java.util.Optional;
import org.openparcs.controller.lane.control.model.LaneMode;

/**
 * Entry, lane set FULL: whoever reaches this rule is refused. It runs after the permit rules (so
 * permit holders still enter) and before the visitor rules (so visitors are turned away).
 */
public final class GarageFullPolicy implements AccessPolicy {
  @Override
  public Optional<AccessDecision> evaluate(AccessRequest request) {
    return request.laneMode() == LaneMode.FULL
        ? Optional.of(new AccessDecision.Denied("GARAGE_FULL", DenialReason.GARAGE_FULL))
        : Optional.empty();
  }
}
