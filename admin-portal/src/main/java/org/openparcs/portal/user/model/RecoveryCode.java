package org.openparcs.portal.user.model;

import java.util.Locale;
import java.util.Optional;
import org.openparcs.portal.common.model.Sha256;

/**
 * One-time recovery codes: the user keeps them when enrolling the second factor and types one when
 * the authenticator is lost. Only their digests are stored; they are compared without case, spaces
 * or dashes, as people retype them. Their randomness (at least 50 bits) makes a plain digest
 * enough.
 */
public final class RecoveryCode {

  private RecoveryCode() {}

  /** The digest of a typed code; empty when it cannot be a recovery code. */
  public static Optional<Sha256> digest(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String normal = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    return normal.length() < 8 || normal.length() > 64
        ? Optional.empty()
        : Optional.of(Sha256.of("recovery:" + normal));
  }
}
