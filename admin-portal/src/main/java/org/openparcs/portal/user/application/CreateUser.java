package org.openparcs.portal.user.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.user.model.AccountRules;
import org.openparcs.portal.user.model.NewUser;
import org.openparcs.portal.user.model.Role;
import org.openparcs.portal.user.model.Username;

/**
 * A coordinator grants access: creates a user with roles and a temporary password, which the user
 * must change at the first log-on, where they also enrol their second factor (POLICY A1, A3, A5).
 */
public final class CreateUser {

  /** The new user's details as the coordinator typed them. */
  public record Command(
      String username,
      String displayName,
      String department,
      String temporaryPassword,
      Set<Role> roles) {}

  private final PortalUsers users;
  private final PasswordHasher hasher;
  private final AccountRules rules;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public CreateUser(
      PortalUsers users,
      PasswordHasher hasher,
      AccountRules rules,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.rules = rules;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** Returns what is wrong with the command; empty when the user was created. */
  public List<String> create(Actor actor, Command command) {
    actor.require(Permission.MANAGE_USERS);
    if (!Username.isValid(command.username())) {
      return List.of("a username is 1 to 64 letters, digits, '.', '_', '@' or '-'");
    }
    Username username = new Username(command.username());
    if (command.displayName() == null || command.displayName().isBlank()) {
      return List.of("a name is required");
    }
    List<String> problems = rules.problemsWith(username, command.temporaryPassword());
    if (!problems.isEmpty()) {
      return problems.stream().map(p -> "temporary password: " + p).toList();
    }
    String department = blankToNull(command.department());
    NewUser user =
        new NewUser(
            username,
            command.displayName().strip(),
            department,
            hasher.hash(command.temporaryPassword()),
            true,
            command.roles());
    Instant now = clock.instant();
    boolean created =
        unitOfWork.inTransaction(
            () -> {
              if (users.findByUsername(username).isPresent()) {
                return false;
              }
              users.create(user, now);
              return true;
            });
    if (!created) {
      return List.of("that username is taken");
    }
    audit.record(
        actor.audited(
            now, AuditAction.USER_CREATED, "user " + username + ", roles " + command.roles()));
    return List.of();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
