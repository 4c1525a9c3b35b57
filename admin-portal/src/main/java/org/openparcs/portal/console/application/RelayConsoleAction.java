package org.openparcs.portal.console.application;

import java.time.Clock;
import java.util.Optional;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.console.application.GarageConsoles.Answer;
import org.openparcs.portal.console.model.ConsoleAccess;
import org.openparcs.portal.console.model.ConsoleAccessPolicy;
import org.openparcs.portal.console.model.ConsoleAction;
import org.openparcs.portal.garage.model.GarageId;

/**
 * An operator's action from the portal's console, sent to the garage for the user (issue 5): only
 * for a garage operator of that garage (POLICY A4, A5, A6), signed by the portal and naming the
 * user, whom the garage records; audited here with the garage's answer (T1, K3).
 */
public final class RelayConsoleAction {

  private final GarageConsoles consoles;
  private final ConsolePurpose purposes;
  private final RecordAuditEntry audit;
  private final Clock clock;

  public RelayConsoleAction(
      GarageConsoles consoles, ConsolePurpose purposes, RecordAuditEntry audit, Clock clock) {
    this.consoles = consoles;
    this.purposes = purposes;
    this.audit = audit;
    this.clock = clock;
  }

  /** What became of the action: not allowed (nothing sent), or the garage's answer. */
  public sealed interface Outcome {
    record NotAllowed(ConsoleAccess access) implements Outcome {}

    record Relayed(Answer answer) implements Outcome {}
  }

  public Outcome relay(Actor actor, GarageId garage, ConsoleAction action) {
    ConsoleAccess access = ConsoleAccessPolicy.of(actor, garage, consoles.knows(garage));
    if (access != ConsoleAccess.ALLOWED) {
      return new Outcome.NotAllowed(access);
    }
    Optional<String> purpose = purposes.of(actor);
    if (purpose.isEmpty()) {
      return new Outcome.NotAllowed(ConsoleAccess.NO_PURPOSE);
    }
    Answer answer = consoles.send(garage, action, actor, purpose.get());
    String result =
        answer instanceof Answer.Answered a
            ? "garage answered " + a.status()
            : "garage unreachable: " + ((Answer.Unreachable) answer).why();
    audit.record(
        ConsoleAudit.entry(
            clock.instant(),
            actor,
            purpose.get(),
            AuditAction.GARAGE_CONSOLE_ACTION,
            garage,
            action.plate() == null ? null : "plate=" + action.plate(),
            action.describe() + " (" + result + ")"));
    return new Outcome.Relayed(answer);
  }
}
