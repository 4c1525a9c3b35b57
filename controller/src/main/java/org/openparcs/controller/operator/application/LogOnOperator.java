package org.openparcs.controller.operator.application;

import org.openparcs.controller.operator.model.Credentials;
import org.openparcs.controller.operator.model.OperatorSession;
import org.openparcs.controller.operator.model.PurposeCheck;
import org.openparcs.controller.operator.model.ViewPurposes;

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
  private final ViewPurposes purposes;

  public LogOnOperator(
      PortalOperatorLogons portal, OperatorSessions sessions, ViewPurposes purposes) {
    this.portal = portal;
    this.sessions = sessions;
    this.purposes = purposes;
  }

  /**
   * @param purpose the purpose the operator chose for their views of plate data (POLICY U1, T1):
   *     one the jurisdiction profile gives their roles, else the log-on is refused
   */
  public Result logOn(Credentials credentials, String purpose, String ip) {
    var problem = credentials.problem();
    if (problem.isPresent()) {
      return new Result.Refused(problem.get(), true, false);
    }
    if (purpose == null || purpose.isBlank()) {
      return new Result.Refused(
          "purpose: choose what you will use the console for (POLICY U1)", true, false);
    }
    PortalOperatorLogons.Answer answer = portal.logOn(credentials, ip);
    if (answer instanceof PortalOperatorLogons.Answer.Admitted admitted) {
      PurposeCheck check = purposes.checkOperator(purpose, admitted.operator().roles());
      return check.match(
          allowed ->
              new Result.Opened(sessions.open(admitted.operator(), ip, allowed.purpose().id())),
          refused -> new Result.Refused("purpose: " + refused.message(), true, false));
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
