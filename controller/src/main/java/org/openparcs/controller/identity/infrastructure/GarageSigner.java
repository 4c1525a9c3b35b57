package org.openparcs.controller.identity.infrastructure;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.openparcs.identity.SignedRequests;
import org.openparcs.identity.SigningKeyFile;

/**
 * Signs this garage's requests to the portal with its enrolled key (see {@code SignedRequests}),
 * when a key file is configured.
 */
public final class GarageSigner {

  private final Optional<SigningKeyFile> key;

  public GarageSigner(IdentitySettings settings) {
    this.key =
        settings == null || settings.keyFile() == null || settings.keyFile().isBlank()
            ? Optional.empty()
            : Optional.of(new SigningKeyFile(Path.of(settings.keyFile()), "garage"));
  }

  public boolean enabled() {
    return key.isPresent();
  }

  /** The signature headers for the request; none without a key. */
  public Map<String, String> headers(String method, String path, byte[] body, Instant now) {
    return key.map(k -> SignedRequests.sign(k.current(), method, path, body, now)).orElse(Map.of());
  }
}
