package org.openparcs.controller.operator.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import java.util.Optional;
import org.openparcs.controller.operator.model.OperatorSession;

/**
 * The operator of a request that passed {@link OperatorFilter}: every operator action is recorded
 * under this name, never under a name from the request body.
 */
public final class CurrentOperator {

  static final String ATTRIBUTE = "parcs.operator.session";
  private static final String BEARER = "Bearer ";

  private CurrentOperator() {}

  public static OperatorSession session(HttpRequest<?> request) {
    return request
        .getAttribute(ATTRIBUTE, OperatorSession.class)
        .orElseThrow(
            () -> new IllegalStateException("no operator session: the path is not guarded"));
  }

  /**
   * The username the portal vouched for: at log-on for a console session, or in the signed request
   * of its own console ({@link PortalActor}).
   */
  public static String name(HttpRequest<?> request) {
    Optional<PortalActor> portalUser = PortalActor.of(request);
    if (portalUser.isPresent()) {
      return portalUser.get().username();
    }
    return session(request).operator().username();
  }

  /** The session token the request presents: a bearer header, else the console's cookie. */
  static Optional<String> presentedToken(HttpRequest<?> request) {
    Optional<String> bearer = bearer(request);
    if (bearer.isPresent()) {
      return bearer;
    }
    return request.getCookies().findCookie(OperatorFilter.COOKIE).map(Cookie::getValue);
  }

  static Optional<String> bearer(HttpRequest<?> request) {
    String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    return Optional.of(authorization.substring(BEARER.length()).strip());
  }

  static String ip(HttpRequest<?> request) {
    return request.getRemoteAddress().getAddress().getHostAddress();
  }
}
