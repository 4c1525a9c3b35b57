package org.openparcs.controller.operator.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.openparcs.controller.operator.application.LogOnOperator;
import org.openparcs.controller.operator.application.OperatorSessions;
import org.openparcs.controller.operator.model.Credentials;
import org.openparcs.controller.operator.model.OperatorSession;
import org.openparcs.controller.operator.model.ViewPurposes;
import org.openparcs.controller.shared.web.ErrorBody;

/**
 * Operator log-on for API clients: {@code POST /api/operator/logon} {@code
 * {"username","password","code","purpose"}} answers {@code 201
 * {"token","csrfToken","operator","expiresAt","purpose","purposes"}}; the token then goes in {@code
 * Authorization: Bearer}. Refusals: 400 a field that cannot be a credential or a purpose the
 * jurisdiction profile does not give the operator (POLICY U1), 401/403 the portal's sentence, 503
 * the portal cannot be reached. {@code POST /api/operator/purpose {"purpose"}} changes the
 * session's purpose for what the operator does next (POLICY T1 records it with each access).
 */
@Controller("/api/operator")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OperatorLogonController {

  @Serdeable
  public record LogonRequest(
      @Nullable String username,
      @Nullable String password,
      @Nullable String code,
      @Nullable String purpose) {}

  @Serdeable
  public record PurposeRequest(@Nullable String purpose) {}

  /** A purpose an operator may choose (POLICY U1). */
  @Serdeable
  public record PurposeView(String id, String label) {}

  @Serdeable
  public record SessionView(
      @Nullable String token,
      String csrfToken,
      String operator,
      Instant expiresAt,
      @Nullable String purpose,
      List<PurposeView> purposes) {}

  private final LogOnOperator logOn;
  private final OperatorSessions sessions;
  private final ViewPurposes purposes;

  public OperatorLogonController(
      LogOnOperator logOn, OperatorSessions sessions, ViewPurposes purposes) {
    this.logOn = logOn;
    this.sessions = sessions;
    this.purposes = purposes;
  }

  private SessionView view(OperatorSession s, boolean withToken, String purpose) {
    return new SessionView(
        withToken ? s.id() : null,
        s.csrfToken(),
        s.operator().username(),
        s.operator().expiresAt(),
        purpose,
        purposes.forRoles(s.operator().roles()).stream()
            .map(p -> new PurposeView(p.id(), p.label()))
            .toList());
  }

  @Post("/logon")
  public HttpResponse<?> logOn(HttpRequest<?> request, @Nullable @Body LogonRequest body) {
    if (body == null) {
      return HttpResponse.badRequest(new ErrorBody("username, password and code are required"));
    }
    LogOnOperator.Result result =
        logOn.logOn(
            new Credentials(body.username(), body.password(), body.code()),
            body.purpose(),
            CurrentOperator.ip(request));
    if (result instanceof LogOnOperator.Result.Opened opened) {
      return HttpResponse.created(view(opened.session(), true, opened.session().purpose()));
    }
    return refusal((LogOnOperator.Result.Refused) result);
  }

  @Get("/session")
  public SessionView session(HttpRequest<?> request) {
    OperatorSession s = CurrentOperator.session(request);
    return view(s, false, s.purpose());
  }

  /** 200 with the session; 400 no purpose, 403 one the profile does not give the operator. */
  @Post("/purpose")
  public HttpResponse<?> choosePurpose(
      HttpRequest<?> request, @Nullable @Body PurposeRequest body) {
    OperatorSession s = CurrentOperator.session(request);
    return purposes
        .checkOperator(body == null ? null : body.purpose(), s.operator().roles())
        .match(
            allowed -> {
              sessions.changePurpose(s.id(), allowed.purpose().id());
              return HttpResponse.ok(view(s, false, allowed.purpose().id()));
            },
            no ->
                HttpResponse.status(no.missing() ? HttpStatus.BAD_REQUEST : HttpStatus.FORBIDDEN)
                    .body(new ErrorBody(no.message())));
  }

  @Post("/logout")
  public HttpResponse<?> logOut(HttpRequest<?> request) {
    sessions.close(CurrentOperator.session(request).id());
    return HttpResponse.noContent();
  }

  static MutableHttpResponse<ErrorBody> refusal(LogOnOperator.Result.Refused refused) {
    HttpStatus status =
        refused.badInput()
            ? HttpStatus.BAD_REQUEST
            : refused.portalAway() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.UNAUTHORIZED;
    return HttpResponse.<ErrorBody>status(status).body(new ErrorBody(refused.message()));
  }
}
