package org.openparcs.portal.console.application;

import java.util.Optional;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.plate.model.AlprAccessPolicy;
import org.openparcs.portal.plate.model.Purpose;

/**
 * What a look at a garage's console is for (POLICY U1, T1): the first purpose of the jurisdiction
 * profile that the user's roles may state and that is not law enforcement (SJ-PARK: {@code
 * garage-access}). The garage checks it against the same profile and records it with the access.
 */
public final class ConsolePurpose {

  private final AlprAccessPolicy policy;

  public ConsolePurpose(AlprAccessPolicy policy) {
    this.policy = policy;
  }

  /** The purpose's id; empty when the profile gives the user none for this. */
  public Optional<String> of(Actor actor) {
    return policy.purposesFor(actor).stream()
        .filter(p -> !p.lawEnforcement())
        .map(Purpose::id)
        .findFirst();
  }
}
