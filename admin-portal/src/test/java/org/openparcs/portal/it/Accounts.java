package org.openparcs.portal.it;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.user.application.PasswordHasher;
import org.openparcs.portal.user.application.PortalUsers;
import org.openparcs.portal.user.application.TrainingRecords;
import org.openparcs.portal.user.model.NewUser;
import org.openparcs.portal.user.model.PortalUser;
import org.openparcs.portal.user.model.Role;
import org.openparcs.portal.user.model.Username;

/**
 * Users for integration tests, set up through the portal's own stores: a role, garage scopes, a
 * provisioned TOTP secret and, when asked, current training and acknowledgement.
 */
@Singleton
public class Accounts {

  static final String PASSWORD = "Portal-Test-Pass-2026";
  static final String SECRET = "KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF";
  static final String COORDINATOR = "coord";

  private final PortalUsers users;
  private final TrainingRecords training;
  private final PasswordHasher hasher;
  private final UnitOfWork unitOfWork;
  private final TestClock clock;

  Accounts(
      PortalUsers users,
      TrainingRecords training,
      PasswordHasher hasher,
      UnitOfWork unitOfWork,
      TestClock clock) {
    this.users = users;
    this.training = training;
    this.hasher = hasher;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** A user with this role, scoped to these garages, with the shared password and secret. */
  PortalUser create(
      String username, String department, Role role, boolean trained, String... garages) {
    return unitOfWork.inTransaction(
        () -> {
          Instant now = clock.instant();
          long id =
              users.create(
                  new NewUser(
                      new Username(username),
                      username,
                      department,
                      hasher.hash(PASSWORD),
                      false,
                      Set.of(role)),
                  now);
          users.startEnrolment(id, SECRET);
          users.confirmEnrolment(id, now, 0);
          users.setScopes(
              id, Arrays.stream(garages).map(GarageId::new).collect(Collectors.toSet()));
          if (trained) {
            train(id);
          }
          return users.findById(id).orElseThrow();
        });
  }

  /** Records training and a signed acknowledgement today. */
  void train(long userId) {
    unitOfWork.inTransaction(
        () -> {
          LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
          for (TrainingRecords.Kind kind : TrainingRecords.Kind.values()) {
            training.add(
                new TrainingRecords.Entry(userId, kind, today, clock.instant(), "test", "test"));
          }
          return null;
        });
  }

  /** Trains the bootstrap coordinator, once per database. */
  void trainCoordinator() {
    PortalUser coord =
        unitOfWork.reading(() -> users.findByUsername(new Username(COORDINATOR))).orElseThrow();
    if (unitOfWork
        .reading(() -> training.latest(coord.id(), TrainingRecords.Kind.TRAINING))
        .isEmpty()) {
      train(coord.id());
    }
  }
}
