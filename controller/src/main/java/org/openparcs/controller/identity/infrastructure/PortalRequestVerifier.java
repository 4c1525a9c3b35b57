package org.openparcs.controller.identity.infrastructure;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import org.openparcs.identity.RecentNonces;
import org.openparcs.identity.RequestVerifier;
import org.openparcs.identity.Verification;
import org.openparcs.identity.Verification.Refused;
import org.openparcs.identity.Verification.Why;

/**
 * Checks a request the portal signed to this garage (the portal's machine identity: its order key,
 * trusted through {@code parcs.identity.portal-keys}), in the signed-request format garages use
 * towards the portal ({@code Parcs-Key-Id}, {@code Parcs-Timestamp}, {@code Parcs-Nonce}, {@code
 * Parcs-Signature} over method, path with query, body, time and nonce). A replay window of {@link
 * #WINDOW}; nonces are remembered in this process (one controller per garage). Without portal keys
 * every signed request is refused.
 */
@Singleton
public class PortalRequestVerifier {

  static final Duration WINDOW = Duration.ofMinutes(5);

  private final PortalOrderVerifier orders;
  private final RequestVerifier verifier;

  public PortalRequestVerifier(PortalOrderVerifier orders, Clock clock) {
    this.orders = orders;
    this.verifier =
        new RequestVerifier(orders.portalKeys(), new RecentNonces(WINDOW), WINDOW, clock);
  }

  /**
   * @param header the request's header value by name, null when absent
   */
  public Verification verify(
      String method, String pathAndQuery, byte[] body, Function<String, String> header) {
    if (!orders.hasPortalKeys()) {
      return new Refused(Why.UNKNOWN_KEY, PortalOrderVerifier.KEYS_MISSING);
    }
    return verifier.verify(method, pathAndQuery, body, header);
  }
}
