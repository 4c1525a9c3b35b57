package org.openparcs.portal.user.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.user.model.AccountRules;
import org.openparcs.portal.user.model.NewUser;
import org.openparcs.portal.user.model.Role;
import org.openparcs.portal.user.model.TotpEnrolment;
import org.openparcs.portal.user.model.Username;

/**
 * Creates the first coordinator on a portal that has no user yet, so that someone can log in and
 * grant access (POLICY A5: the coordinator grants access). Does nothing once any user exists. The
 * password must follow the rules (POLICY A3). A TOTP secret may be provisioned with it (demos,
 * automated set-ups); otherwise the coordinator enrols one at the first log-on (POLICY A1).
 */
public final class BootstrapCoordinator {

  private final PortalUsers users;
  private final PasswordHasher hasher;
  private final AccountRules rules;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public BootstrapCoordinator(
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

  /**
   * Returns whether the coordinator was created now.
   *
   * @param totpSecret a Base32 secret to provision, confirmed at once; null: enrol at first log-on
   */
  public boolean bootstrap(
      Username username, String displayName, String password, String totpSecret) {
    List<String> problems = rules.problemsWith(username, password);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "parcs.portal.bootstrap-admin.password does not follow the password rules: "
              + String.join("; ", problems));
    }
    TotpEnrolment provisioned = totpSecret == null ? null : new TotpEnrolment(totpSecret, null, 0);
    Instant now = clock.instant();
    NewUser coordinator =
        new NewUser(
            username, displayName, null, hasher.hash(password), false, Set.of(Role.COORDINATOR));
    boolean created =
        unitOfWork.inTransaction(
            () -> {
              if (users.lockAndCheckAnyExists()) {
                return false;
              }
              long id = users.create(coordinator, now);
              if (provisioned != null) {
                users.startEnrolment(id, provisioned.secret());
                users.confirmEnrolment(id, now, 0);
              }
              return true;
            });
    if (created) {
      String detail = "role COORDINATOR" + (provisioned != null ? ", TOTP secret provisioned" : "");
      audit.record(
          AuditEntry.of(now, username.value(), null, AuditAction.USER_BOOTSTRAPPED, detail));
    }
    return created;
  }
}
