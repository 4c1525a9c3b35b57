package org.openparcs.identity;

import java.util.Optional;

/** Where a verifier looks up the public key a request or document names. */
@FunctionalInterface
public interface KeyDirectory {

  /** The key with this id, active or revoked; empty when no key has it. */
  Optional<TrustedKey> find(String keyId);
}
