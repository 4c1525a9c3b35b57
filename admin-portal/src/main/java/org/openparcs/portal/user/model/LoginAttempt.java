package org.openparcs.portal.user.model;

/**
 * What someone typed into the login form, and from where.
 *
 * @param username the name as typed (it may not even have the form of a username)
 * @param password the password as typed
 * @param ip the client's address as the portal saw it; null when unknown
 * @param formGenuine whether the form carried the portal's own CSRF token; a forged form is refused
 *     without looking at the password
 */
public record LoginAttempt(String username, String password, String ip, boolean formGenuine) {

  @Override
  public String toString() {
    return "LoginAttempt[username="
        + username
        + ", ip="
        + ip
        + ", formGenuine="
        + formGenuine
        + ", password=****]";
  }
}
