package org.openparcs.portal.fakes;

import org.openparcs.portal.user.application.PasswordHasher;
import org.openparcs.portal.user.model.PasswordHash;

/** A transparent "hash" for use-case tests; the real Argon2id hasher has its own test. */
public final class PlainPasswordHasher implements PasswordHasher {

  @Override
  public PasswordHash hash(String password) {
    return new PasswordHash("plain:" + password);
  }

  @Override
  public boolean matches(String password, PasswordHash hash) {
    return hash.encoded().equals("plain:" + password);
  }
}
