package org.openparcs.portal.console.application;

import java.time.Clock;
import java.util.Optional;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.console.model.ConsoleAccess;
import org.openparcs.portal.console.model.ConsoleAccessPolicy;
import org.openparcs.portal.garage.model.GarageId;

/**
 * Whether a user may see a garage's console from the portal (POLICY A4, A5, A6), and the audit of
 * each look at its plate data (T1): the live view when it connects, each frame shown.
 */
public final class OpenGarageConsole {

  private final GarageConsoles consoles;
  private final ConsolePurpose purposes;
  private final RecordAuditEntry audit;
  private final Clock clock;

  public OpenGarageConsole(
      GarageConsoles consoles, ConsolePurpose purposes, RecordAuditEntry audit, Clock clock) {
    this.consoles = consoles;
    this.purposes = purposes;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * @param shown what is about to be shown ({@code live view}, {@code frame=<id>}); null for the
   *     page alone, which shows no plate and is not audited
   */
  public Opening open(Actor actor, GarageId garage, String shown) {
    ConsoleAccess access = ConsoleAccessPolicy.of(actor, garage, consoles.knows(garage));
    if (access != ConsoleAccess.ALLOWED) {
      return new Opening(access, null);
    }
    Optional<String> purpose = purposes.of(actor);
    if (purpose.isEmpty()) {
      return new Opening(ConsoleAccess.NO_PURPOSE, null);
    }
    if (shown != null) {
      audit.record(
          ConsoleAudit.entry(
              clock.instant(),
              actor,
              purpose.get(),
              AuditAction.GARAGE_CONSOLE_VIEW,
              garage,
              shown,
              "console of garage " + garage + ": " + shown));
    }
    return new Opening(access, purpose.get());
  }

  /** Whether the console opens, and with what purpose (POLICY U1) when it does. */
  public record Opening(ConsoleAccess access, String purpose) {
    public boolean allowed() {
      return access == ConsoleAccess.ALLOWED;
    }
  }
}
