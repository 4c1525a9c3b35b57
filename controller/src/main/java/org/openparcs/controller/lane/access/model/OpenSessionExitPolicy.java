package org.openparcs.controller.lane.access.model;

import java.util.Optional;

/**
 * Exit: a plate with an open session leaves. Only permit holders have sessions until visitors are
 * admitted with payment, so no fee is due here yet.
 */
public final class OpenSessionExitPolicy implements AccessPolicy {
  @Override
  public Optional<AccessDecision> evaluate(AccessRequest request) {
    return request
        .openSessionId()
        .map(
            s ->
                new AccessDecision.Granted(
                    "OPEN_SESSION", request.validPermit().map(Permit::id).orElse(null)));
  }
}
