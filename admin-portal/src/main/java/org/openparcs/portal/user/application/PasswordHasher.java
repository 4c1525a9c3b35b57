package org.openparcs.portal.user.application;

import org.openparcs.portal.user.model.PasswordHash;

/** Turns passwords into slow salted hashes and checks passwords against them. */
public interface PasswordHasher {

  /** A new hash of {@code password} with a fresh random salt. */
  PasswordHash hash(String password);

  /** Whether {@code password} is the one {@code hash} was made from (constant-time compare). */
  boolean matches(String password, PasswordHash hash);
}
