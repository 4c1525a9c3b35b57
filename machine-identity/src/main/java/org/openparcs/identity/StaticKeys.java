package org.openparcs.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A fixed set of trusted keys, e.g. the portal's keys a garage is configured to trust. */
public final class StaticKeys implements KeyDirectory {

  private final Map<String, TrustedKey> byId;

  public StaticKeys(List<TrustedKey> keys) {
    this.byId =
        keys.stream().collect(Collectors.toUnmodifiableMap(TrustedKey::keyId, Function.identity()));
  }

  @Override
  public Optional<TrustedKey> find(String keyId) {
    return Optional.ofNullable(byId.get(keyId));
  }
}
