package org.openparcs.portal.identity.infrastructure;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.openparcs.identity.SignedDocuments;
import org.openparcs.identity.SigningKeyFile;

/**
 * Signs the orders the portal sends garages with the portal's order key (read again when its file
 * changes: rotation without restart). Garages trust the portal's public keys by configuration.
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

  /** The order with its signature; as it is when no order key is configured. */
  public Map<String, Object> sign(Map<String, Object> order) {
    return key.map(k -> SignedDocuments.sign(order, k.current())).orElse(order);
  }
}
