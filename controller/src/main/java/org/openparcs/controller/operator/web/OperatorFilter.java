package org.openparcs.controller.operator.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.openparcs.controller.garage.model.GarageLayout;
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
 * 403 for a session of another garage or of a user who is not a garage operator (POLICY A5), and
 * for a missing or wrong CSRF token. Sessions are looked up in the garage database, so this filter
 * runs on the blocking pool.
 */
@ServerFilter(
    patterns = {
      "/api/lanes/*/mode",
      "/api/lanes/*/vend",
      "/api/exceptions/*/entry",
      "/api/exceptions/*/lost-ticket",
      "/api/reads/corrections",
      "/api/operator/session",
      "/api/operator/purpose",
      "/api/operator/logout",
      "/console",
      "/console/**"
    })
public class OperatorFilter {

  public static final String COOKIE = "PARCS_CONSOLE";
  public static final String CSRF_HEADER = "X-CSRF-Token";

  private static final Logger LOG = LoggerFactory.getLogger(OperatorFilter.class);

  private final OperatorSessions sessions;
  private final String garageId;

  public OperatorFilter(OperatorSessions sessions, GarageLayout garage) {
    this.sessions = sessions;
    this.garageId = garage.id().value();
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  public HttpResponse<?> admit(HttpRequest<?> request) {
    String path = request.getPath();
    if (path.equals("/console/login") || path.startsWith("/console/static/")) {
      return null;
    }
    Optional<OperatorSession> session =
        CurrentOperator.presentedToken(request).flatMap(sessions::find);
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
    Optional<String> refusal = session.get().operator().refusalAt(garageId);
    if (refusal.isPresent()) {
      LOG.warn(
          "Refused {} {} of {}: {}",
          request.getMethodName(),
          path,
          session.get().operator().username(),
          refusal.get());
      return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ErrorBody(refusal.get()));
    }
    if (needsCsrf(request) && !csrfMatches(request, session.get())) {
      LOG.warn(
          "Refused {} {} of operator {}: missing or wrong CSRF token",
          request.getMethodName(),
          path,
          session.get().operator().username());
      return HttpResponse.status(HttpStatus.FORBIDDEN)
          .body(new ErrorBody("the request did not carry this session's CSRF token"));
    }
    if (path.equals("/console/events") && session.get().purpose() == null) {
      // POLICY U1, T1: the live view shows plates; a session without a purpose sees none.
      return HttpResponse.status(HttpStatus.BAD_REQUEST)
          .body(
              new ErrorBody("choose a purpose first: log on again, or POST /api/operator/purpose"));
    }
    request.setAttribute(CurrentOperator.ATTRIBUTE, session.get());
    return null;
  }

  /** A request with the session cookie (not a bearer header) that changes something. */
  static boolean needsCsrf(HttpRequest<?> request) {
    boolean changes =
        request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD;
    return changes && CurrentOperator.bearer(request).isEmpty();
  }

  static boolean csrfMatches(HttpRequest<?> request, OperatorSession session) {
    String sent = request.getHeaders().get(CSRF_HEADER);
    return sent != null
        && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8),
            session.csrfToken().getBytes(StandardCharsets.UTF_8));
  }
}
