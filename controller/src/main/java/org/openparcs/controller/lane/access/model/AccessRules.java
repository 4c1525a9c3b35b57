package org.openparcs.controller.lane.access.model;

import java.util.List;
import java.util.Optional;
import org.openparcs.controller.garage.model.Direction;

/**
 * The access rules of a garage, run in order; the first rule that decides wins. When none decides,
 * the vehicle is refused: nothing opens by default.
 */
public final class AccessRules {

  private final List<AccessPolicy> entry;
  private final List<AccessPolicy> exit;
  private final List<StayPolicy> stays;
  private final StayFactsLookup facts;

  public AccessRules(List<AccessPolicy> entry, List<AccessPolicy> exit) {
    this(entry, exit, List.of(), null);
  }

  private AccessRules(
      List<AccessPolicy> entry,
      List<AccessPolicy> exit,
      List<StayPolicy> stays,
      StayFactsLookup facts) {
    this.entry = List.copyOf(entry);
    this.exit = List.copyOf(exit);
    this.stays = List.copyOf(stays);
    this.facts = facts;
  }

  /**
   * These rules, then the stay rules ({@link StayPolicies#standard()}) refining each decision with
   * the facts {@code facts} looks up: visitors admitted by plate, permit groups held to their
   * parks, exits held until paid.
   */
  public AccessRules withStays(List<StayPolicy> policies, StayFactsLookup facts) {
    return new AccessRules(entry, exit, policies, java.util.Objects.requireNonNull(facts));
  }

  /**
   * The rules of a garage where plates are the credential and visitors are not yet admitted. A read
   * no rule can trust (not sure enough, or equally close to two known plates) is refused before any
   * permit is looked at; the other rules look at the plate the read was matched to. The visitor
   * rules, when they come, go after {@link GarageFullPolicy}: a full garage refuses them.
   */
  public static AccessRules permitsOnly() {
    return new AccessRules(
        List.of(
            new LaneModePolicy(),
            new UncertainReadPolicy(),
            new AmbiguousPlatePolicy(),
            new AntiPassbackPolicy(),
            new ValidPermitPolicy(),
            new LapsedPermitPolicy(),
            new GarageFullPolicy()),
        List.of(
            new LaneModePolicy(),
            new UncertainReadPolicy(),
            new AmbiguousPlatePolicy(),
            new OpenSessionExitPolicy(),
            new PermitExitPolicy()));
  }

  public AccessDecision decide(AccessRequest request) {
    AccessDecision decision = plateRules(request);
    if (facts == null) {
      return decision;
    }
    StayFacts known = facts.lookUp(request);
    for (StayPolicy policy : stays) {
      Optional<AccessDecision> refined = policy.refine(request, decision, known);
      if (refined.isPresent()) {
        decision = refined.get();
      }
    }
    return decision;
  }

  private AccessDecision plateRules(AccessRequest request) {
    List<AccessPolicy> rules = request.direction() == Direction.ENTRY ? entry : exit;
    for (AccessPolicy rule : rules) {
      Optional<AccessDecision> decision = rule.evaluate(request);
      if (decision.isPresent()) {
        return decision.get();
      }
    }
    DenialReason reason =
        request.direction() == Direction.ENTRY
            ? DenialReason.UNKNOWN_PLATE
            : DenialReason.NO_SESSION;
    return new AccessDecision.Denied("NO_RULE_GRANTS", reason);
  }
}
