package org.openparcs.controller.lane.access.model;

import java.util.Optional;
import org.openparcs.controller.garage.model.Direction;

/**
 * Exit: a stay that owes money leaves once it is paid, or within the exit grace period after a
 * payment that settled it; otherwise the barrier stays shut and the driver pays (pay-by-plate at
 * the exit terminal, a pay-on-foot machine or the app). Permit holders within their permit's terms
 * owe nothing and are not held.
 */
public final class PaidExitPolicy implements StayPolicy {
  @Override
  public Optional<AccessDecision> refine(
      AccessRequest request, AccessDecision decided, StayFacts facts) {
    if (request.direction() != Direction.EXIT || facts.charge().isEmpty()) {
      return Optional.empty();
    }
    ExitCharge charge = facts.charge().get();
    return decided.match(
        granted ->
            charge.mayLeave(request.at())
                ? Optional.of(
                    charge.dueNow().isPositive()
                        ? new AccessDecision.Granted("PAID_WITHIN_GRACE", granted.permitId())
                        : new AccessDecision.Granted("PAID", granted.permitId()))
                : Optional.of(new AccessDecision.Denied("PAYMENT_DUE", DenialReason.PAYMENT_DUE)),
        denied -> Optional.empty());
  }
}
