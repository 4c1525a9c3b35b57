package org.openparcs.controller.lane.access.model;

import java.util.Optional;

/**
 * A rule about stays and money that refines what the access rules decided: admits a visitor the
 * plate rules did not know, holds back a permit holder whose group is full, keeps the exit shut
 * until the stay is paid. Empty: the decision stands.
 */
public interface StayPolicy {
  Optional<AccessDecision> refine(AccessRequest request, AccessDecision decided, StayFacts facts);
}
