package org.openparcs.portal.identity.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import org.openparcs.portal.common.web.ApiError;
import org.openparcs.portal.garage.model.GarageAccess;
import org.openparcs.portal.garage.model.GarageToken;
import org.openparcs.portal.identity.application.AuthenticateGarage;
import org.openparcs.portal.identity.application.SignedCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The door of every garage-to-portal endpoint: reads the signature headers (or the bearer token of
 * a garage not enrolled yet), asks {@link AuthenticateGarage}, logs each refusal with the garage
 * claimed, the caller's address and the reason, and says how to answer it.
 */
@Singleton
public class GarageRequests {

  private static final Logger LOG = LoggerFactory.getLogger(GarageRequests.class);
  private static final String BEARER = "Bearer ";

  private final AuthenticateGarage authenticate;
  private final MeterRegistry registry;

  GarageRequests(AuthenticateGarage authenticate, MeterRegistry registry) {
    this.authenticate = authenticate;
    this.registry = registry;
  }

  /** Who the request comes from, checked against the garage in its path. */
  public GarageAccess admit(HttpRequest<?> request, String garageId, byte[] body) {
    URI uri = request.getUri();
    String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    SignedCall call =
        new SignedCall(
            request.getMethodName(),
            path,
            body == null ? new byte[0] : body,
            name -> request.getHeaders().get(name));
    GarageAccess access = authenticate.authenticate(garageId, call, bearer(request));
    if (!(access instanceof GarageAccess.Admitted)) {
      registry
          .counter(
              "parcs.portal.garage.requests.refused",
              "status",
              access instanceof GarageAccess.Forbidden ? "403" : "401")
          .increment();
      LOG.warn(
          "Refused a garage request {} {} from {}: {}",
          request.getMethodName(),
          path,
          request.getRemoteAddress().getAddress().getHostAddress(),
          access instanceof GarageAccess.Forbidden f
              ? f.reason()
              : ((GarageAccess.Unauthenticated) access).reason());
    }
    return access;
  }

  /** The answer to a request that was not admitted: 401 or 403 with one sentence. */
  public static HttpResponse<?> refused(GarageAccess access) {
    if (access instanceof GarageAccess.Forbidden forbidden) {
      return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ApiError(forbidden.reason()));
    }
    return HttpResponse.unauthorized()
        .header(HttpHeaders.WWW_AUTHENTICATE, "Parcs-Signature, Bearer")
        .body(new ApiError(((GarageAccess.Unauthenticated) access).reason()));
  }

  private static Optional<GarageToken> bearer(HttpRequest<?> request) {
    String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    String secret = authorization.substring(BEARER.length()).trim();
    return secret.isEmpty() ? Optional.empty() : Optional.of(new GarageToken(secret));
  }
}
