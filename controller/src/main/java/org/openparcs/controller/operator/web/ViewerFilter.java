package org.openparcs.controller.operator.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.identity.infrastructure.PortalRequestVerifier;
import org.openparcs.controller.operator.application.OperatorSessions;
import org.openparcs.controller.operator.model.OperatorSession;
import org.openparcs.controller.operator.model.PurposeCheck;
import org.openparcs.controller.operator.model.ViewPurposes;
import org.openparcs.controller.shared.web.ErrorBody;
import org.openparcs.identity.Verification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The door of the garage's views of plate data and of its permits (POLICY A5, K1): an operator
 * session of this garage (the console's cookie, or {@code Authorization: Bearer <session token>})
 * or a request signed by the portal with its key ({@code Parcs-Key-Id}, {@code Parcs-Signature},
 * ...; see {@link PortalRequestVerifier}). 401 without either (or with a signature that does not
 * verify, or a session that has ended); 403 for a session of another garage or of a user who is not
 * a garage operator; 403 for a cookie request that changes something without the session's CSRF
 * token. Each access is then recorded by {@link PlateAccessRecorder} (T1).
 */
@ServerFilter(
    patterns = {
      "/api/lanes",
      "/api/lanes/*/exceptions",
      "/api/exceptions",
      "/api/reads",
      "/api/reads/pending",
      "/api/reads/accuracy",
      "/api/frames/*",
      "/api/permits",
      "/api/permits/*/card",
      "/api/findings",
      "/api/findings/*"
    })
public class ViewerFilter {

  /**
   * What a request is for (POLICY U1, T1): the id or label of a purpose of the garage's
   * jurisdiction profile. Required on portal-signed requests; on an operator's request it
   * overrides, for that request, the purpose chosen at log-on.
   */
  public static final String PURPOSE_HEADER = "Parcs-Purpose";

  private static final Logger LOG = LoggerFactory.getLogger(ViewerFilter.class);

  private final OperatorSessions sessions;
  private final PortalRequestVerifier portal;
  private final String garageId;
  private final ViewPurposes purposes;

  public ViewerFilter(
      OperatorSessions sessions,
      PortalRequestVerifier portal,
      GarageLayout garage,
      ViewPurposes purposes) {
    this.sessions = sessions;
    this.portal = portal;
    this.garageId = garage.id().value();
    this.purposes = purposes;
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  public HttpResponse<?> admit(HttpRequest<?> request, @Nullable @Body byte[] body) {
    Optional<String> token = CurrentOperator.presentedToken(request);
    if (token.isPresent()) {
      return bySession(request, token.get());
    }
    if (PortalSignature.present(request)) {
      return byPortal(request, body);
    }
    return refused(
        request,
        HttpStatus.UNAUTHORIZED,
        "no operator session and no portal signature",
        "log on at the operator console (/console/login), or sign the request as the portal");
  }

  private HttpResponse<?> bySession(HttpRequest<?> request, String token) {
    Optional<OperatorSession> session = sessions.find(token);
    if (session.isEmpty()) {
      return refused(
          request,
          HttpStatus.UNAUTHORIZED,
          "no such operator session",
          "the session has ended: log on at the operator console (/console/login)");
    }
    Optional<String> refusal = session.get().operator().refusalAt(garageId);
    if (refusal.isPresent()) {
      return refused(request, HttpStatus.FORBIDDEN, refusal.get(), refusal.get());
    }
    if (OperatorFilter.needsCsrf(request) && !OperatorFilter.csrfMatches(request, session.get())) {
      return refused(
          request,
          HttpStatus.FORBIDDEN,
          "missing or wrong CSRF token",
          "the request did not carry this session's CSRF token");
    }
    String stated = request.getHeaders().get(PURPOSE_HEADER);
    if (stated == null && session.get().purpose() == null) {
      return refused(
          request,
          HttpStatus.BAD_REQUEST,
          "session without a purpose",
          "state the purpose of this access (POLICY U1, T1): log on again choosing one, or send"
              + " it in "
              + PURPOSE_HEADER);
    }
    PurposeCheck check =
        purposes.checkOperator(
            stated == null ? session.get().purpose() : stated, session.get().operator().roles());
    if (check instanceof PurposeCheck.Refused no) {
      return purposeRefused(request, no);
    }
    OperatorSession s = session.get();
    request.setAttribute(CurrentOperator.ATTRIBUTE, s);
    request.setAttribute(
        Viewer.ATTRIBUTE,
        new Viewer(
            s.operator().username(),
            s.operator().department(),
            "session",
            ((PurposeCheck.Allowed) check).purpose().id()));
    return null;
  }

  private HttpResponse<?> byPortal(HttpRequest<?> request, @Nullable byte[] body) {
    Verification v = PortalSignature.check(portal, request, body);
    return v.match(
        verified ->
            purposes
                .checkPortal(request.getHeaders().get(PURPOSE_HEADER))
                .match(
                    allowed -> {
                      // A view the portal's console asks for one of its users is that user's
                      // access (T1); else the portal's own.
                      String purpose = allowed.purpose().id();
                      Viewer viewer =
                          PortalActor.named(request, verified.keyId(), purpose)
                              .map(a -> new Viewer(a.username(), a.department(), "portal", purpose))
                              .orElseGet(
                                  () ->
                                      new Viewer(
                                          "portal:" + verified.keyId(),
                                          "portal",
                                          "portal",
                                          purpose));
                      request.setAttribute(Viewer.ATTRIBUTE, viewer);
                      return null;
                    },
                    no -> purposeRefused(request, no)),
        no ->
            refused(
                request,
                HttpStatus.UNAUTHORIZED,
                "portal signature: " + no.reason(),
                "the portal's signature was refused: " + no.reason()));
  }

  /** POLICY U1: 400 when no purpose was stated, 403 when the one stated is not allowed. */
  static HttpResponse<?> purposeRefused(HttpRequest<?> request, PurposeCheck.Refused no) {
    return refused(
        request,
        no.missing() ? HttpStatus.BAD_REQUEST : HttpStatus.FORBIDDEN,
        "purpose: " + no.message(),
        no.message());
  }

  private static HttpResponse<?> refused(
      HttpRequest<?> request, HttpStatus status, String why, String message) {
    LOG.info(
        "Refused {} {} from {}: {}",
        request.getMethodName(),
        request.getPath(),
        CurrentOperator.ip(request),
        why);
    var response = HttpResponse.status(status).body(new ErrorBody(message));
    if (status == HttpStatus.UNAUTHORIZED) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    return response;
  }
}
