package org.openparcs.portal.user.model;

/** A password hash in its self-describing encoded form (algorithm, parameters, salt, hash). */
public record PasswordHash(String encoded) {

  public PasswordHash {
    if (encoded == null || encoded.isBlank()) {
      throw new IllegalArgumentException("a password hash cannot be blank");
    }
  }

  @Override
  public String toString() {
    return "PasswordHash[****]";
  }
}
