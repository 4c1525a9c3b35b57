package org.openparcs.portal.user.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.user.model.AccountRules;
import org.openparcs.portal.user.model.PortalUser;

/**
 * A user changes their own password: the current one proves it is them, the new one must follow the
 * complexity rules and differ from the current one (POLICY A3).
 */
public final class ChangePassword {

  private final PortalUsers users;
  private final PasswordHasher hasher;
  private final AccountRules rules;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ChangePassword(
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

  /** Returns what is wrong; empty when the password was changed. */
  public List<String> change(long userId, String current, String proposed, String ip) {
    PortalUser user = unitOfWork.reading(() -> users.findById(userId)).orElseThrow();
    if (current == null || !hasher.matches(current, user.passwordHash())) {
      return List.of("the current password is not right");
    }
    List<String> problems = rules.problemsWith(user.username(), proposed);
    if (!problems.isEmpty()) {
      return problems;
    }
    if (proposed.equals(current)) {
      return List.of("the new password must differ from the current one");
    }
    Instant now = clock.instant();
    unitOfWork.inTransaction(
        () -> {
          users.setPassword(userId, hasher.hash(proposed), now);
          return null;
        });
    audit.record(
        AuditEntry.of(now, user.username().value(), ip, AuditAction.PASSWORD_CHANGED, null));
    return List.of();
  }
}
