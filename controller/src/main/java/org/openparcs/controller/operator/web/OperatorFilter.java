package org.openparcs.controller.operator.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.identity.infrastructure.PortalRequestVerifier;
import org.openparcs.controller.operator.application.OperatorSessions;
import org.openparcs.controller.operator.model.OperatorSession;
import org.openparcs.controller.operator.model.ViewPurposes;
import org.openparcs.controller.shared.web.ErrorBody;
import org.openparcs.identity.Verification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The door of every operator action and console page: a session opened through the portal's log-on
 * (POLICY A1, A5), from the console's cookie or, for API clients, {@code Authorization: Bearer
 * <session id>}. A request that changes something with the cookie must carry the session's CSRF
 * token in {@code X-CSRF-Token}. Refused: 401 for the API, a redirect to the log-on page for pages;
 * 403 for a session of another garage or of a user who is not a garage operator (POLICY A5), and
 * for a missing or wrong CSRF token. The portal's console may also send the actions and open the
 * live view, signed with the portal's key and naming its user ({@link PortalActor}). Sessions are
 * looked up in the garage database, so this filter runs on the blocking pool.
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
  private final PortalRequestVerifier portal;
  private final ViewPurposes purposes;
  private final String garageId;

  public OperatorFilter(
      OperatorSessions sessions,
      PortalRequestVerifier portal,
      ViewPurposes purposes,
      GarageLayout garage) {
    this.sessions = sessions;
    this.portal = portal;
    this.purposes = purposes;
    this.garageId = garage.id().value();
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  public HttpResponse<?> admit(HttpRequest<?> request, @Nullable @Body byte[] body) {
    String path = request.getPath();
    if (path.equals("/console/login") || path.startsWith("/console/static/")) {
      return null;
    }
    Optional<String> token = CurrentOperator.presentedToken(request);
    if (token.isEmpty() && PortalSignature.present(request) && relayedByPortal(path)) {
      return byPortal(request, body);
    }
    Optional<OperatorSession> session = token.flatMap(sessions::find);
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

  /**
   * The portal's console (issue 5): the actions and the live view may come signed by the portal for
   * one of its users, named in the signed query, with a purpose of the garage's profile ({@code
   * Parcs-Purpose}, POLICY U1). Refused: 401 when the signature does not verify; 400 without a
   * purpose, 403 with one not allowed; 403 when the request names no user (an action must be
   * someone's, POLICY A5, T1).
   */
  private HttpResponse<?> byPortal(HttpRequest<?> request, @Nullable byte[] body) {
    Verification v = PortalSignature.check(portal, request, body);
    return v.match(
        verified ->
            purposes
                .checkPortal(request.getHeaders().get(ViewerFilter.PURPOSE_HEADER))
                .match(
                    allowed -> named(request, verified.keyId(), allowed.purpose().id()),
                    no -> ViewerFilter.purposeRefused(request, no)),
        no -> {
          LOG.info(
              "Refused {} {} from {}: portal signature: {}",
              request.getMethodName(),
              request.getPath(),
              CurrentOperator.ip(request),
              no.reason());
          return HttpResponse.unauthorized()
              .body(new ErrorBody("the portal's signature was refused: " + no.reason()));
        });
  }

  /** The portal user the signed request names: 403 when it names none. */
  private static HttpResponse<?> named(HttpRequest<?> request, String keyId, String purpose) {
    Optional<PortalActor> actor = PortalActor.named(request, keyId, purpose);
    if (actor.isEmpty()) {
      LOG.warn(
          "Refused {} {} signed by portal key {}: no portal user named",
          request.getMethodName(),
          request.getPath(),
          keyId);
      return HttpResponse.status(HttpStatus.FORBIDDEN)
          .body(
              new ErrorBody(
                  "a request the portal signs for an operator action must name the portal"
                      + " user it acts for ("
                      + PortalActor.USER_PARAM
                      + ")"));
    }
    request.setAttribute(PortalActor.ATTRIBUTE, actor.get());
    return null;
  }

  /** The operator actions and the live view; not the console's pages or session calls. */
  static boolean relayedByPortal(String path) {
    return path.equals("/console/events")
        || path.equals("/api/reads/corrections")
        || path.matches("/api/lanes/[^/]+/(mode|vend)")
        || path.matches("/api/exceptions/[^/]+/(entry|lost-ticket)");
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
