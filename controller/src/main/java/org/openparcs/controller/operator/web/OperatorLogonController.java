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
import org.openparcs.controller.operator.application.LogOnOperator;
import org.openparcs.controller.operator.application.OperatorSessions;
import org.openparcs.controller.operator.model.Credentials;
import org.openparcs.controller.operator.model.OperatorSession;
import org.openparcs.controller.shared.web.ErrorBody;

/**
 * Operator log-on for API clients: {@code POST /api/operator/logon} {@code
 * {"username","password","code"}} answers {@code 201 {"token","csrfToken","operator","expiresAt"}};
 * the token then goes in {@code Authorization: Bearer}. Refusals: 400 a field that cannot be a
 * credential, 401/403 the portal's sentence, 503 the portal cannot be reached.
 */
@Controller("/api/operator")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OperatorLogonController {

  @Serdeable
  public record LogonRequest(
      @Nullable String username, @Nullable String password, @Nullable String code) {}

  @Serdeable
  public record SessionView(
      @Nullable String token, String csrfToken, String operator, Instant expiresAt) {
    static SessionView of(OperatorSession s, boolean withToken) {
      return new SessionView(
          withToken ? s.id() : null,
          s.csrfToken(),
          s.operator().username(),
          s.operator().expiresAt());
    }
  }

  private final LogOnOperator logOn;
  private final OperatorSessions sessions;

  public OperatorLogonController(LogOnOperator logOn, OperatorSessions sessions) {
    this.logOn = logOn;
    this.sessions = sessions;
  }

  @Post("/logon")
  public HttpResponse<?> logOn(HttpRequest<?> request, @Nullable @Body LogonRequest body) {
    if (body == null) {
      return HttpResponse.badRequest(new ErrorBody("username, password and code are required"));
    }
    LogOnOperator.Result result =
        logOn.logOn(
            new Credentials(body.username(), body.password(), body.code()),
            CurrentOperator.ip(request));
    if (result instanceof LogOnOperator.Result.Opened opened) {
      return HttpResponse.created(SessionView.of(opened.session(), true));
    }
    return refusal((LogOnOperator.Result.Refused) result);
  }

  @Get("/session")
  public SessionView session(HttpRequest<?> request) {
    return SessionView.of(CurrentOperator.session(request), false);
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
