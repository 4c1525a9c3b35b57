package org.openparcs.controller.lane.access.model;

/**
 * Looks up what the stay rules need for a request (visitors admitted, the permit group's occupancy,
 * what the stay owes); runs inside the decision's transaction.
 */
@FunctionalInterface
public interface StayFactsLookup {
  StayFacts lookUp(AccessRequest request);
}
