package org.openparcs.controller.operator.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.openparcs.controller.operator.application.OperatorSessions;
import org.openparcs.controller.operator.model.OperatorSession;
import org.openparcs.controller.shared.web.ErrorBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The door of every operator action and console page: a session opened through the portal's log-on
 * (POLICY A1, A5), from the console's cookie or, for API clients, {@code Authorization: Bearer
 * <session id>}. A request that changes something with the cookie must carry the session's CSRF
 * token in {@code X-CSRF-Token}. Refused: 401 for the API, a redirect to the log-on page for pages;
 * 403 for a missing or wrong CSRF token.
 */
@ServerFilter(
    patterns = {
      "/api/lanes/*/mode",
      "/api/lanes/*/vend",
      "/api/exceptions/*/entry",
      "/api/exceptions/*/lost-ticket",
      "/api/reads/corrections",
      "/api/operator/session",
      "/api/operator/logout",
      "/console",
      "/console/**"
    })
public class OperatorFilter {

  public static final String COOKIE = "PARCS_CONSOLE";
  public static final String CSRF_HEADER = "X-CSRF-Token";

  private static final Logger LOG = LoggerFactory.getLogger(OperatorFilter.class);
  private static final String BEARER = "Bearer ";

  private final OperatorSessions sessions;

  public OperatorFilter(OperatorSessions sessions) {
    this.sessions = sessions;
  }

  @RequestFilter
  @Nullable
  public HttpResponse<?> admit(HttpRequest<?> request) {
    String path = request.getPath();
    if (path.equals("/console/login") || path.startsWith("/console/static/")) {
      return null;
    }
    Optional<String> bearer = bearer(request);
    Optional<OperatorSession> session =
        bearer.isPresent()
            ? sessions.find(bearer.get())
            : request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(sessions::find);
    if (session.isEmpty()) {
      LOG.info(
          "Refused {} {} from {}: no operator session",
          request.getMethodName(),
          path,
          CurrentOperator.ip(request));
      if (path.startsWith("/console") && request.getMethod() == HttpMethod.GET) {
        return HttpResponse.seeOther(URI.create("/console/login"));
      }
      return HttpResponse.unauthorized()
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
          .body(new ErrorBody("log on at the operator console first (/console/login)"));
    }
    boolean changes =
        request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD;
    if (bearer.isEmpty() && changes && !csrfMatches(request, session.get())) {
      LOG.warn(
          "Refused {} {} of operator {}: missing or wrong CSRF token",
          request.getMethodName(),
          path,
          session.get().operator().username());
      return HttpResponse.status(HttpStatus.FORBIDDEN)
          .body(new ErrorBody("the request did not carry this session's CSRF token"));
    }
    request.setAttribute(CurrentOperator.ATTRIBUTE, session.get());
    return null;
  }

  private static boolean csrfMatches(HttpRequest<?> request, OperatorSession session) {
    String sent = request.getHeaders().get(CSRF_HEADER);
    return sent != null
        && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8),
            session.csrfToken().getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> bearer(HttpRequest<?> request) {
    String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    return Optional.of(authorization.substring(BEARER.length()).strip());
  }
}
