package org.openparcs.identity;

import java.util.function.Function;

/** The outcome of checking a signed request or document. */
public sealed interface Verification {

  <T> T match(Function<Verified, T> verified, Function<Refused, T> refused);

  default boolean verified() {
    return match(v -> true, r -> false);
  }

  /** Signed by this active key, which belongs to {@code owner}. */
  record Verified(String keyId, String owner) implements Verification {
    @Override
    public <T> T match(Function<Verified, T> verified, Function<Refused, T> refused) {
      return verified.apply(this);
    }
  }

  /** Why the request or document was not accepted; the reason is safe to log and to answer. */
  record Refused(Why why, String reason) implements Verification {
    @Override
    public <T> T match(Function<Verified, T> verified, Function<Refused, T> refused) {
      return refused.apply(this);
    }
  }

  enum Why {
    UNSIGNED,
    MALFORMED,
    UNKNOWN_KEY,
    REVOKED_KEY,
    STALE,
    REPLAYED,
    BAD_SIGNATURE
  }
}
