package org.openparcs.controller.operator.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import java.net.URI;
import org.openparcs.controller.identity.infrastructure.PortalRequestVerifier;
import org.openparcs.identity.SignedRequests;
import org.openparcs.identity.Verification;

/**
 * The portal's signature on a request to this garage, as {@link PortalRequestVerifier} checks it.
 */
final class PortalSignature {

  private PortalSignature() {}

  /** Whether the request tries to be signed at all (any signature header present). */
  static boolean present(HttpRequest<?> request) {
    return request.getHeaders().contains(SignedRequests.SIGNATURE)
        || request.getHeaders().contains(SignedRequests.KEY_ID);
  }

  /** Method, raw path with its query and body, as signed. */
  static Verification check(
      PortalRequestVerifier portal, HttpRequest<?> request, @Nullable byte[] body) {
    URI uri = request.getUri();
    String pathAndQuery =
        uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    return portal.verify(
        request.getMethodName(),
        pathAndQuery,
        body == null ? new byte[0] : body,
        name -> request.getHeaders().get(name));
  }
}
