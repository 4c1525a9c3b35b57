package org.openparcs.portal.user.model;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A person who may log in to the portal.
 *
 * @param id the store's id
 * @param username the login name
 * @param displayName the name shown in the portal
 * @param department the user's department or, for an outside agency's user, the agency (POLICY T1,
 *     T4); null when not recorded
 * @param enabled whether the user may log in
 * @param passwordHash the hash of the user's password
 * @param passwordChangedAt when the password was last set; null: a temporary password to change at
 *     the next log-on
 * @param failedLogins failed log-on steps since the last success (POLICY A3 lock-out)
 * @param lockedUntil until when log-on is refused after too many failures; null when not locked
 * @param secondFactor the user's TOTP enrolment, if any (POLICY A1)
 * @param createdAt when the account was created
 * @param lastLoginAt the last successful log-on; null when never
 * @param enabledAt when a coordinator last enabled the account; null when never
 * @param roles what the user may do (POLICY A5)
 */
public record PortalUser(
    long id,
    Username username,
    String displayName,
    String department,
    boolean enabled,
    PasswordHash passwordHash,
    Instant passwordChangedAt,
    int failedLogins,
    Instant lockedUntil,
    Optional<TotpEnrolment> secondFactor,
    Instant createdAt,
    Instant lastLoginAt,
    Instant enabledAt,
    Set<Role> roles) {

  public PortalUser {
    if (username == null || passwordHash == null || createdAt == null || secondFactor == null) {
      throw new IllegalArgumentException("a user needs a username, a password hash and a start");
    }
    roles = Set.copyOf(roles);
  }

  /** Whether the user has proved a code of a TOTP secret (enrolment finished). */
  public boolean hasConfirmedSecondFactor() {
    return secondFactor.map(TotpEnrolment::confirmed).orElse(false);
  }

  /** The last moment the account was used, for the inactivity rule (POLICY A3). */
  public Instant lastActivity() {
    Instant last = createdAt;
    for (Instant t : new Instant[] {lastLoginAt, enabledAt}) {
      if (t != null && t.isAfter(last)) {
        last = t;
      }
    }
    return last;
  }

  public PortalUser withRoles(Set<Role> newRoles) {
    return new PortalUser(
        id,
        username,
        displayName,
        department,
        enabled,
        passwordHash,
        passwordChangedAt,
        failedLogins,
        lockedUntil,
        secondFactor,
        createdAt,
        lastLoginAt,
        enabledAt,
        newRoles);
  }
}
