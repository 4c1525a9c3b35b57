package org.openparcs.portal.user.model;

import java.util.Set;

/** A user to create: login name, display name, password hash and roles. */
public record NewUser(
    Username username, String displayName, PasswordHash passwordHash, Set<Role> roles) {

  public NewUser {
    if (username == null || passwordHash == null || displayName == null || displayName.isBlank()) {
      throw new IllegalArgumentException("a new user needs a username, a name and a password");
    }
    roles = Set.copyOf(roles);
  }
}
