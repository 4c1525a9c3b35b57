package org.openparcs.portal.user.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.user.application.BootstrapCoordinator;
import org.openparcs.portal.user.application.LogIn;
import org.openparcs.portal.user.application.PasswordHasher;
import org.openparcs.portal.user.application.PortalUsers;

/** Wires users and log-on. */
@Factory
class UserFactory {

  @Singleton
  PortalUsers portalUsers(Jdbc jdbc, @Named("default") DataSource dataSource) {
    return new JdbcPortalUsers(jdbc, dataSource);
  }

  @Singleton
  PasswordHasher passwordHasher(Argon2Settings settings) {
    return new Argon2idPasswordHasher(settings);
  }

  @Singleton
  LogIn logIn(
      PortalUsers users,
      PasswordHasher hasher,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new LogIn(users, hasher, audit, unitOfWork, clock);
  }

  @Singleton
  BootstrapCoordinator bootstrapCoordinator(
      PortalUsers users,
      PasswordHasher hasher,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new BootstrapCoordinator(users, hasher, audit, unitOfWork, clock);
  }
}
