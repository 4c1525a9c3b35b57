package org.openparcs.portal.user.model;

import java.util.Set;

/**
 * A person who may log in to the portal.
 *
 * @param id the store's id
 * @param username the login name
 * @param displayName the name shown in the portal
 * @param enabled whether the user may log in
 * @param passwordHash the hash of the user's password
 * @param roles what the user may do (POLICY A5)
 */
public record PortalUser(
    long id,
    Username username,
    String displayName,
    boolean enabled,
    PasswordHash passwordHash,
    Set<Role> roles) {

  public PortalUser {
    roles = Set.copyOf(roles);
  }
}
