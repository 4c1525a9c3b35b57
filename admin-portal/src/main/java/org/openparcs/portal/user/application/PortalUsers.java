package org.openparcs.portal.user.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.user.model.NewUser;
import org.openparcs.portal.user.model.PasswordHash;
import org.openparcs.portal.user.model.PortalUser;
import org.openparcs.portal.user.model.Role;
import org.openparcs.portal.user.model.Username;

/** The portal's users, their roles and their garage scopes. */
public interface PortalUsers {

  Optional<PortalUser> findByUsername(Username username);

  Optional<PortalUser> findById(long id);

  /** Every user, by username. */
  List<PortalUser> all();

  /**
   * Whether any user exists at all (the bootstrap coordinator is made only when none does). Locks
   * the users so that two portals starting together create one coordinator.
   */
  boolean lockAndCheckAnyExists();

  /** Creates the user with its roles and returns its id. */
  long create(NewUser user, Instant createdAt);

  /** A log-on completed: clears the failure count and notes the time. */
  void recordLogin(long userId, Instant at);

  /** A failed log-on step: counts it and locks until {@code lockedUntil} when not null. */
  void recordFailure(long userId, Instant lockedUntil);

  void setPassword(long userId, PasswordHash hash, Instant changedAt);

  /**
   * Enables the account (clearing failures and lock; the inactivity rule counts again from {@code
   * at}) or disables it for {@code reason}.
   */
  void setEnabled(long userId, boolean enabled, String reason, Instant at);

  void setRoles(long userId, Set<Role> roles);

  Set<GarageId> scopes(long userId);

  void setScopes(long userId, Set<GarageId> garages);

  /** Stores a new, unconfirmed TOTP secret (replacing any). */
  void startEnrolment(long userId, String secret);

  /** Marks the secret confirmed and remembers the step of the code that proved it. */
  void confirmEnrolment(long userId, Instant at, long step);

  /** Remembers the step of the last accepted code (a code is never accepted twice). */
  void recordTotpStep(long userId, long step);

  /** Removes the second factor and the recovery codes: the user enrols again at next log-on. */
  void clearSecondFactor(long userId);
}
