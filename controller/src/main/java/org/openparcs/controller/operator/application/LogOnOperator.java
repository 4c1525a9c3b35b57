package org.openparcs.controller.operator.application;

import org.openparcs.controller.operator.model.Credentials;
import org.openparcs.controller.operator.model.OperatorSession;

/**
 * An operator logs on at this garage's console. The portal decides who may (POLICY A1-A5); this
 * garage keeps the session. While the portal is away nobody new can log on (the sessions already
 * open last until their assertion expires).
 */
public final class LogOnOperator {

  /** The outcome: a session, or a sentence for the operator and whether to retry later. */
  public sealed interface Result {
    record Opened(OperatorSession session) implements Result {}

    record Refused(String message, boolean badInput, boolean portalAway) implements Result {}
  }

  private final PortalOperatorLogons portal;
  private final OperatorSessions sessions;

  public LogOnOperator(PortalOperatorLogons portal, OperatorSessions sessions) {
    this.portal = portal;
    this.sessions = sessions;
  }

  public Result logOn(Credentials credentials, String ip) {
    var problem = credentials.problem();
    if (problem.isPresent()) {
      return new Result.Refused(problem.get(), true, false);
    }
    PortalOperatorLogons.Answer answer = portal.logOn(credentials, ip);
    if (answer instanceof PortalOperatorLogons.Answer.Admitted admitted) {
      return new Result.Opened(sessions.open(admitted.operator(), ip));
    }
    if (answer instanceof PortalOperatorLogons.Answer.Refused refused) {
      return new Result.Refused(refused.message(), false, false);
    }
    return new Result.Refused(
        "log-on is not possible while the portal cannot be reached ("
            + ((PortalOperatorLogons.Answer.Unavailable) answer).message()
            + "); sessions already open keep working until they expire",
        false,
        true);
  }
}
