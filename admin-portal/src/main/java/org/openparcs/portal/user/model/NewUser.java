package org.openparcs.portal.user.model;

import java.util.Set;

/**
 * A user to create.
 *
 * @param username login name
 * @param displayName the name shown in the portal
 * @param department department or outside agency (POLICY T1, T4); may be null
 * @param passwordHash hash of the first password
 * @param temporaryPassword whether that password must be changed at the first log-on (set by a
 *     coordinator for someone else)
 * @param roles what the user may do
 */
public record NewUser(
    Username username,
    String displayName,
    String department,
    PasswordHash passwordHash,
    boolean temporaryPassword,
    Set<Role> roles) {

  public NewUser {
    if (username == null || passwordHash == null || displayName == null || displayName.isBlank()) {
      throw new IllegalArgumentException("a new user needs a username, a name and a password");
    }
    if (displayName.length() > 200 || (department != null && department.length() > 200)) {
      throw new IllegalArgumentException("a name or department has at most 200 characters");
    }
    roles = Set.copyOf(roles);
  }
}
