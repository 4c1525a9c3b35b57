package org.openparcs.portal.user.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;
import org.openparcs.portal.access.application.IdentifyActor;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.protection.infrastructure.FreeText;
import org.openparcs.portal.user.application.BootstrapCoordinator;
import org.openparcs.portal.user.application.ChangePassword;
import org.openparcs.portal.user.application.ChangeUserAccess;
import org.openparcs.portal.user.application.ConfirmEnrolment;
import org.openparcs.portal.user.application.CreateUser;
import org.openparcs.portal.user.application.DeactivateInactiveUsers;
import org.openparcs.portal.user.application.IssueRecoveryCodes;
import org.openparcs.portal.user.application.ListUsers;
import org.openparcs.portal.user.application.LogIn;
import org.openparcs.portal.user.application.LogOnGarageOperator;
import org.openparcs.portal.user.application.PasswordHasher;
import org.openparcs.portal.user.application.PortalUsers;
import org.openparcs.portal.user.application.ProveSecondFactor;
import org.openparcs.portal.user.application.RecordTraining;
import org.openparcs.portal.user.application.RecoveryCodes;
import org.openparcs.portal.user.application.ResetSecondFactor;
import org.openparcs.portal.user.application.SecondFactor;
import org.openparcs.portal.user.application.SeedDemoOperator;
import org.openparcs.portal.user.application.SignAcknowledgement;
import org.openparcs.portal.user.application.StartEnrolment;
import org.openparcs.portal.user.application.TrainingRecords;
import org.openparcs.portal.user.model.AccountRules;
import org.openparcs.protection.PlateCipher;

/** Wires users, log-on, second factor and training. */
@Factory
class UserFactory {

  @Singleton
  PortalUsers portalUsers(Jdbc jdbc, @Named("default") DataSource dataSource) {
    return new JdbcPortalUsers(jdbc, dataSource);
  }

  @Singleton
  RecoveryCodes recoveryCodes(Jdbc jdbc) {
    return new JdbcRecoveryCodes(jdbc);
  }

  @Singleton
  TrainingRecords trainingRecords(Jdbc jdbc, PlateCipher cipher) {
    return new JdbcTrainingRecords(jdbc, new FreeText(cipher));
  }

  @Singleton
  PasswordHasher passwordHasher(Argon2Settings settings) {
    return new Argon2idPasswordHasher(settings);
  }

  @Singleton
  SecondFactor secondFactor(AccountSettings settings) {
    return new TotpSecondFactor(settings.totpIssuer());
  }

  @Singleton
  AccountRules accountRules(AccountSettings settings) {
    return settings.rules();
  }

  @Singleton
  LogIn logIn(
      PortalUsers users,
      PasswordHasher hasher,
      AccountRules rules,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new LogIn(users, hasher, rules, audit, unitOfWork, clock);
  }

  @Singleton
  ProveSecondFactor proveSecondFactor(
      PortalUsers users,
      RecoveryCodes codes,
      SecondFactor totp,
      AccountRules rules,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new ProveSecondFactor(users, codes, totp, rules, audit, unitOfWork, clock);
  }

  @Singleton
  LogOnGarageOperator logOnGarageOperator(
      LogIn logIn,
      ProveSecondFactor secondFactor,
      IdentifyActor identify,
      RecordAuditEntry audit,
      Clock clock,
      AccountSettings settings) {
    return new LogOnGarageOperator(
        logIn, secondFactor, identify, audit, clock, settings.consoleShift());
  }

  @Singleton
  StartEnrolment startEnrolment(PortalUsers users, SecondFactor totp, UnitOfWork unitOfWork) {
    return new StartEnrolment(users, totp, unitOfWork);
  }

  @Singleton
  ConfirmEnrolment confirmEnrolment(
      PortalUsers users,
      RecoveryCodes codes,
      SecondFactor totp,
      AccountRules rules,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new ConfirmEnrolment(users, codes, totp, rules, audit, unitOfWork, clock);
  }

  @Singleton
  ChangePassword changePassword(
      PortalUsers users,
      PasswordHasher hasher,
      AccountRules rules,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new ChangePassword(users, hasher, rules, audit, unitOfWork, clock);
  }

  @Singleton
  SeedDemoOperator seedDemoOperator(
      PortalUsers users,
      TrainingRecords training,
      PasswordHasher hasher,
      AccountRules rules,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new SeedDemoOperator(users, training, hasher, rules, audit, unitOfWork, clock);
  }

  @Singleton
  BootstrapCoordinator bootstrapCoordinator(
      PortalUsers users,
      PasswordHasher hasher,
      AccountRules rules,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new BootstrapCoordinator(users, hasher, rules, audit, unitOfWork, clock);
  }

  @Singleton
  CreateUser createUser(
      PortalUsers users,
      PasswordHasher hasher,
      AccountRules rules,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new CreateUser(users, hasher, rules, audit, unitOfWork, clock);
  }

  @Singleton
  ChangeUserAccess changeUserAccess(
      PortalUsers users, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    return new ChangeUserAccess(users, audit, unitOfWork, clock);
  }

  @Singleton
  ResetSecondFactor resetSecondFactor(
      PortalUsers users, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    return new ResetSecondFactor(users, audit, unitOfWork, clock);
  }

  @Singleton
  RecordTraining recordTraining(
      PortalUsers users,
      TrainingRecords records,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock,
      TrainingSettings settings) {
    return new RecordTraining(users, records, audit, unitOfWork, clock, settings.zone());
  }

  @Singleton
  SignAcknowledgement signAcknowledgement(
      TrainingRecords records,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock,
      TrainingSettings settings) {
    return new SignAcknowledgement(records, audit, unitOfWork, clock, settings.zone());
  }

  @Singleton
  IssueRecoveryCodes issueRecoveryCodes(
      RecoveryCodes codes,
      SecondFactor totp,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new IssueRecoveryCodes(codes, totp, audit, unitOfWork, clock);
  }

  @Singleton
  ListUsers listUsers(PortalUsers users, TrainingRecords training, UnitOfWork unitOfWork) {
    return new ListUsers(users, training, unitOfWork);
  }

  @Singleton
  DeactivateInactiveUsers deactivateInactiveUsers(
      PortalUsers users,
      AccountRules rules,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new DeactivateInactiveUsers(users, rules, audit, unitOfWork, clock);
  }
}
