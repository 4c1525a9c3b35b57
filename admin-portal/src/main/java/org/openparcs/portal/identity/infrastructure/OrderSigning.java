package org.openparcs.portal.identity.infrastructure;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.openparcs.identity.SignedDocuments;
import org.openparcs.identity.SignedRequests;
import org.openparcs.identity.SigningKeyFile;

/**
 * Signs the orders the portal sends garages, and its requests to a garage's console, with the
 * portal's order key (read again when its file changes: rotation without restart). Garages trust
 * the portal's public keys by configuration.
 */
public final class OrderSigning {

  private final Optional<SigningKeyFile> key;

  OrderSigning(IdentitySettings settings) {
    this.key =
        settings.orderKeyFile() == null || settings.orderKeyFile().isBlank()
            ? Optional.empty()
            : Optional.of(new SigningKeyFile(Path.of(settings.orderKeyFile()), "portal"));
  }

  public boolean enabled() {
    return key.isPresent();
  }

  /**
   * The signed-request headers of a request from the portal to a garage ({@code Parcs-Key-Id}, ...;
   * see {@link SignedRequests}): the garage checks them against its trusted portal keys. Empty when
   * no order key is configured (the garage then refuses the request).
   */
  public Map<String, String> requestHeaders(
      String method, String pathAndQuery, byte[] body, Instant now) {
    return key.map(k -> SignedRequests.sign(k.current(), method, pathAndQuery, body, now))
        .orElse(Map.of());
  }

  /** The order with its signature; as it is when no order key is configured. */
  public Map<String, Object> sign(Map<String, Object> order) {
    return key.map(k -> SignedDocuments.sign(order, k.current())).orElse(order);
  }
}
