package org.openparcs.portal.user.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.user.model.Role;

/**
 * A coordinator sets a user's roles and the garages they apply to (POLICY A5), or enables or
 * disables the account. A coordinator cannot take their own coordinator role or account away, so
 * the portal always keeps someone who can grant access.
 */
public final class ChangeUserAccess {

  /** The new access of a user. */
  public record Command(long userId, Set<Role> roles, Set<GarageId> garages, boolean enabled) {}

  private final PortalUsers users;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ChangeUserAccess(
      PortalUsers users, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    this.users = users;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** Returns false when the user does not exist or the change would lock the coordinator out. */
  public boolean change(Actor actor, Command command) {
    actor.require(Permission.MANAGE_USERS);
    boolean self = actor.userId() == command.userId();
    if (self && (!command.roles().contains(Role.COORDINATOR) || !command.enabled())) {
      return false;
    }
    Instant now = clock.instant();
    Boolean changed =
        unitOfWork.inTransaction(
            () -> {
              if (users.findById(command.userId()).isEmpty()) {
                return false;
              }
              users.setRoles(command.userId(), command.roles());
              users.setScopes(command.userId(), command.garages());
              users.setEnabled(
                  command.userId(),
                  command.enabled(),
                  command.enabled() ? null : "BY_COORDINATOR",
                  now);
              return true;
            });
    if (changed) {
      Set<String> garages = new TreeSet<>();
      command.garages().forEach(g -> garages.add(g.value()));
      String detail =
          "user #"
              + command.userId()
              + ": roles "
              + new TreeSet<>(command.roles())
              + ", garages "
              + garages;
      audit.record(actor.audited(now, AuditAction.ROLES_CHANGED, detail));
      audit.record(
          actor.audited(
              now,
              command.enabled() ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED,
              "user #" + command.userId()));
    }
    return changed;
  }
}
