package org.openparcs.controller.operator.application;

import org.openparcs.controller.operator.model.Credentials;
import org.openparcs.controller.operator.model.OperatorIdentity;

/**
 * The portal's log-on of garage operators: it checks password, second factor, role, garage scope
 * and training (POLICY A1, A4, A5), records the attempt (A2) and answers a signed assertion, which
 * the implementation verifies before it answers {@link Answer.Admitted}.
 */
public interface PortalOperatorLogons {

  /** The portal's answer. */
  sealed interface Answer {
    record Admitted(OperatorIdentity operator) implements Answer {}

    /** The portal refused this person, with its sentence. */
    record Refused(String message) implements Answer {}

    /** No answer that can be trusted: the portal is away, or its answer does not verify. */
    record Unavailable(String message) implements Answer {}
  }

  Answer logOn(Credentials credentials, String ip);
}
