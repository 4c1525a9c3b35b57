package org.openparcs.portal.user.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.user.model.AccountRules;
import org.openparcs.portal.user.model.NewUser;
import org.openparcs.portal.user.model.Role;
import org.openparcs.portal.user.model.Username;

/**
 * Creates a garage operator for a demo or an automated set-up: role OPERATOR scoped to one garage,
 * a provisioned TOTP secret (POLICY A1), and training and acknowledgement recorded as "demo set-up"
 * (A4), all audited. Does nothing when the user exists. Not for production portals, where a
 * coordinator grants access and records real training.
 */
public final class SeedDemoOperator {

  private final PortalUsers users;
  private final TrainingRecords training;
  private final PasswordHasher hasher;
  private final AccountRules rules;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public SeedDemoOperator(
      PortalUsers users,
      TrainingRecords training,
      PasswordHasher hasher,
      AccountRules rules,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.users = users;
    this.training = training;
    this.hasher = hasher;
    this.rules = rules;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** Returns whether the operator was created now. */
  public boolean seed(Username username, String password, String totpSecret, GarageId garage) {
    List<String> problems = rules.problemsWith(username, password);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "parcs.portal.demo-operator.password does not follow the password rules: "
              + String.join("; ", problems));
    }
    Instant now = clock.instant();
    NewUser operator =
        new NewUser(
            username,
            "Demo operator",
            "Parking",
            hasher.hash(password),
            false,
            Set.of(Role.OPERATOR));
    boolean created =
        unitOfWork.inTransaction(
            () -> {
              if (users.findByUsername(username).isPresent()) {
                return false;
              }
              long id = users.create(operator, now);
              users.startEnrolment(id, totpSecret);
              users.confirmEnrolment(id, now, 0);
              users.setScopes(id, Set.of(garage));
              LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
              for (TrainingRecords.Kind kind : TrainingRecords.Kind.values()) {
                training.add(
                    new TrainingRecords.Entry(id, kind, today, now, "demo set-up", "demo set-up"));
              }
              return true;
            });
    if (created) {
      audit.record(
          AuditEntry.of(
              now,
              username.value(),
              null,
              AuditAction.USER_CREATED,
              "demo operator: role OPERATOR at garage "
                  + garage.value()
                  + ", TOTP secret provisioned, training recorded as demo set-up"));
    }
    return created;
  }
}
