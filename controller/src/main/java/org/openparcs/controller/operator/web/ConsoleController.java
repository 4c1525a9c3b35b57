package org.openparcs.controller.operator.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.operator.application.LogOnOperator;
import org.openparcs.controller.operator.application.OperatorSessions;
import org.openparcs.controller.operator.model.Credentials;
import org.openparcs.controller.operator.model.OperatorIdentity;
import org.openparcs.controller.operator.model.OperatorSession;
import org.openparcs.controller.operator.model.ViewPurposes;

/**
 * The operator console's pages: the log-on form ({@code /console/login}: username, password and
 * TOTP code, checked by the portal) and the console itself ({@code /console}). The log-on form is
 * protected by a double-submit CSRF token (a cookie and a hidden field that must match); the
 * session cookie is Secure, HttpOnly and SameSite=Strict.
 */
@Controller("/console")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ConsoleController {

  static final String LOGIN_CSRF_COOKIE = "PARCS_CONSOLE_LOGIN";

  private final LogOnOperator logOn;
  private final OperatorSessions sessions;
  private final GarageLayout garage;
  private final Clock clock;
  private final ViewPurposes purposes;
  private final SecureRandom random = new SecureRandom();

  public ConsoleController(
      LogOnOperator logOn,
      OperatorSessions sessions,
      GarageLayout garage,
      Clock clock,
      ViewPurposes purposes) {
    this.logOn = logOn;
    this.sessions = sessions;
    this.garage = garage;
    this.clock = clock;
    this.purposes = purposes;
  }

  @Get(uri = "/login", produces = MediaType.TEXT_HTML)
  public HttpResponse<?> loginPage() {
    return loginForm(HttpStatus.OK, null);
  }

  @Post(
      uri = "/login",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  public HttpResponse<?> logIn(
      HttpRequest<?> request,
      @Nullable String username,
      @Nullable String password,
      @Nullable String code,
      @Nullable String purpose,
      @Nullable String csrfToken) {
    String expected =
        request.getCookies().findCookie(LOGIN_CSRF_COOKIE).map(Cookie::getValue).orElse(null);
    if (expected == null
        || csrfToken == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8),
            csrfToken.getBytes(StandardCharsets.UTF_8))) {
      return loginForm(
          HttpStatus.FORBIDDEN, "The form was stale or not this console's: please log on again.");
    }
    LogOnOperator.Result result =
        logOn.logOn(
            new Credentials(username, password, code), purpose, CurrentOperator.ip(request));
    if (result instanceof LogOnOperator.Result.Refused refused) {
      return loginForm(OperatorLogonController.refusal(refused).status(), refused.message());
    }
    OperatorSession session = ((LogOnOperator.Result.Opened) result).session();
    Duration lasts = Duration.between(clock.instant(), session.operator().expiresAt());
    return HttpResponse.seeOther(URI.create("/console"))
        .cookie(
            Cookie.of(OperatorFilter.COOKIE, session.id())
                .path("/")
                .httpOnly(true)
                .secure(true)
                .sameSite(SameSite.Strict)
                .maxAge(lasts));
  }

  @Get(produces = MediaType.TEXT_HTML)
  public HttpResponse<?> console(HttpRequest<?> request) {
    OperatorSession session = CurrentOperator.session(request);
    Map<String, Object> model = new HashMap<>();
    model.put("operator", session.operator().username());
    model.put("expiresAt", session.operator().expiresAt().toString());
    model.put("csrfToken", session.csrfToken());
    model.put("garage", garage.name());
    return HttpResponse.ok(new ModelAndView<>("console", model))
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", "default-src 'self'; img-src 'self'; object-src 'none'");
  }

  @Post(uri = "/logout")
  public HttpResponse<?> logOut(HttpRequest<?> request) {
    sessions.close(CurrentOperator.session(request).id());
    return HttpResponse.noContent()
        .cookie(Cookie.of(OperatorFilter.COOKIE, "").path("/").maxAge(0));
  }

  private MutableHttpResponse<?> loginForm(HttpStatus status, String message) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Map<String, Object> model = new HashMap<>();
    model.put("csrfToken", token);
    model.put("garage", garage.name());
    // POLICY U1: the purposes the profile gives garage operators; the portal's roles decide.
    model.put(
        "purposes",
        purposes.forRoles(Set.of(OperatorIdentity.OPERATOR)).stream()
            .map(p -> Map.of("id", p.id(), "label", p.label()))
            .toList());
    if (message != null) {
      model.put("message", message);
    }
    return HttpResponse.status(status)
        .body(new ModelAndView<>("console-login", model))
        .header("Cache-Control", "no-store")
        .cookie(
            Cookie.of(LOGIN_CSRF_COOKIE, token)
                .path("/console/login")
                .httpOnly(true)
                .secure(true)
                .sameSite(SameSite.Strict));
  }
}
