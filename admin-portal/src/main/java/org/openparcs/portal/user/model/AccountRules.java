package org.openparcs.portal.user.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The password and account rules of POLICY A3 (SAC 5.C: "password complexity and change rules,
 * deactivation of inactive users"), with their numbers from configuration.
 *
 * @param minLength shortest password accepted
 * @param minClasses how many of lower case, upper case, digits and other characters it must mix
 * @param maxPasswordAge a password older than this must be changed at the next log-on
 * @param maxFailedLogins consecutive failed log-on steps that lock the account
 * @param lockout how long a locked account stays locked
 * @param inactiveAfter an account unused this long is deactivated
 */
public record AccountRules(
    int minLength,
    int minClasses,
    Duration maxPasswordAge,
    int maxFailedLogins,
    Duration lockout,
    Duration inactiveAfter) {

  public AccountRules {
    if (minLength < 8 || minClasses < 1 || minClasses > 4 || maxFailedLogins < 1) {
      throw new IllegalArgumentException(
          "passwords need at least 8 characters and 1 to 4 classes; lock-out after 1 or more");
    }
    if (isNotPositive(maxPasswordAge) || isNotPositive(lockout) || isNotPositive(inactiveAfter)) {
      throw new IllegalArgumentException("password age, lock-out and inactivity must be positive");
    }
  }

  private static boolean isNotPositive(Duration d) {
    return d == null || d.isNegative() || d.isZero();
  }

  /** What is wrong with {@code password} for this user; empty when it is acceptable. */
  public List<String> problemsWith(Username username, String password) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.length() < minLength) {
      problems.add("at least " + minLength + " characters");
    }
    if (password != null && characterClasses(password) < minClasses) {
      problems.add(
          "at least "
              + minClasses
              + " of: lower-case letters, upper-case letters, digits, other characters");
    }
    if (password != null
        && username != null
        && password.toLowerCase(Locale.ROOT).contains(username.value().toLowerCase(Locale.ROOT))) {
      problems.add("must not contain the username");
    }
    if (password != null && password.length() > 200) {
      problems.add("at most 200 characters");
    }
    return problems;
  }

  private static int characterClasses(String password) {
    boolean lower = password.chars().anyMatch(Character::isLowerCase);
    boolean upper = password.chars().anyMatch(Character::isUpperCase);
    boolean digit = password.chars().anyMatch(Character::isDigit);
    boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }

  /** Whether the password must be changed before the user may go on. */
  public boolean passwordExpired(PortalUser user, Instant now) {
    return user.passwordChangedAt() == null
        || user.passwordChangedAt().plus(maxPasswordAge).isBefore(now);
  }

  public boolean isLocked(PortalUser user, Instant now) {
    return user.lockedUntil() != null && user.lockedUntil().isAfter(now);
  }

  /** When the account locks after one more failure; null when it stays open. */
  public Instant lockAfterFailure(PortalUser user, Instant now) {
    return user.failedLogins() + 1 >= maxFailedLogins ? now.plus(lockout) : null;
  }

  public boolean isInactive(PortalUser user, Instant now) {
    return user.lastActivity().plus(inactiveAfter).isBefore(now);
  }
}
