package org.openparcs.controller.lane.access.model;

import java.util.Optional;

/** One named access rule: decides, or passes the request to the next rule. */
public interface AccessPolicy {
  Optional<AccessDecision> evaluate(AccessRequest request);
}
