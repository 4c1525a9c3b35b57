package org.openparcs.portal.console.model;

import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.user.model.Role;

/**
 * Who may open a garage's console in the portal and act there (POLICY A5: garage operators, for
 * lane exceptions at their own garages; A4: with current training; A6: a garage outside the user's
 * scopes answers like one that does not exist). The garage's scope must be the user's own: a
 * coordinator's view of every garage does not make them an operator of each, as at the garage's own
 * console, which also admits only the role {@code OPERATOR}.
 */
public final class ConsoleAccessPolicy {

  private ConsoleAccessPolicy() {}

  /**
   * @param consoleKnown whether this portal has the garage's console address
   */
  public static ConsoleAccess of(Actor actor, GarageId garage, boolean consoleKnown) {
    boolean scoped = actor.garageScopes().contains(garage);
    if (!scoped && !actor.roles().contains(Role.COORDINATOR)) {
      return ConsoleAccess.NOT_FOUND;
    }
    if (!actor.roles().contains(Role.OPERATOR) || !scoped) {
      return ConsoleAccess.NOT_AN_OPERATOR;
    }
    if (!actor.training().current()) {
      return ConsoleAccess.TRAINING_LAPSED;
    }
    return consoleKnown ? ConsoleAccess.ALLOWED : ConsoleAccess.NO_CONSOLE;
  }
}
