package org.openparcs.controller.operator.model;

import java.util.Optional;

/**
 * What an operator typed at the console's log-on form. Checked here before anything leaves the
 * garage: a value that cannot be a credential is refused with a sentence saying which field.
 */
public record Credentials(String username, String password, String code) {

  static final int MAX_USERNAME = 64;
  static final int MAX_PASSWORD = 128;

  /** Why these cannot be sent to the portal, or empty when they can. */
  public Optional<String> problem() {
    if (username == null || !username.matches("[A-Za-z0-9._@-]{1," + MAX_USERNAME + "}")) {
      return Optional.of(
          "username: 1 to " + MAX_USERNAME + " letters, digits or . _ @ - are expected");
    }
    if (password == null || password.isEmpty() || password.length() > MAX_PASSWORD) {
      return Optional.of("password: 1 to " + MAX_PASSWORD + " characters are expected");
    }
    if (code == null || !code.strip().matches("[A-Za-z0-9-]{6,32}")) {
      return Optional.of("code: the 6-digit code of your authenticator (or a recovery code)");
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "Credentials[username=" + username + ", password=****, code=****]";
  }
}
