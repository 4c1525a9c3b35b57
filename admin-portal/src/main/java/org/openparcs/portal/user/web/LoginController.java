package org.openparcs.portal.user.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import org.openparcs.portal.common.web.CsrfCookie;
import org.openparcs.portal.user.application.LogIn;
import org.openparcs.portal.user.model.LoginAttempt;
import org.openparcs.portal.user.model.LoginOutcome;
import org.openparcs.portal.user.model.PendingLogin;

/**
 * The password step of the log-in form, and log-out. These replace Micronaut Security's own
 * endpoints so that the CSRF token is checked here, on the bound form: Micronaut's CSRF filter
 * reads the body inside the filter chain, which fails intermittently next to micronaut-session
 * 4.7's filter. A right password leads to the second factor ({@link SecondFactorController}); only
 * that step starts the session (POLICY A1).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {

  private final LogIn logIn;
  private final CsrfCookie csrf;
  private final HttpClientAddressResolver addresses;
  private final PendingLoginSession pending;
  private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;

  LoginController(
      LogIn logIn,
      CsrfCookie csrf,
      HttpClientAddressResolver addresses,
      PendingLoginSession pending,
      LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler) {
    this.logIn = logIn;
    this.csrf = csrf;
    this.addresses = addresses;
    this.pending = pending;
    this.logoutHandler = logoutHandler;
  }

  @Post(uri = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(SecurityRule.IS_ANONYMOUS)
  MutableHttpResponse<?> logIn(
      HttpRequest<?> request,
      @Nullable String username,
      @Nullable String password,
      @Nullable String csrfToken) {
    // Honours micronaut.server.client-address-header when the portal runs behind a proxy.
    LoginAttempt attempt =
        new LoginAttempt(
            username, password, addresses.resolve(request), csrf.isGenuine(request, csrfToken));
    LoginOutcome outcome = logIn.logIn(attempt);
    if (outcome instanceof LoginOutcome.SecondFactorRequired next) {
      pending.start(request, next.user().id(), PendingLogin.Stage.SECOND_FACTOR);
      return HttpResponse.seeOther(URI.create("/login/mfa"));
    }
    if (outcome instanceof LoginOutcome.EnrolmentRequired next) {
      pending.start(request, next.user().id(), PendingLogin.Stage.ENROLMENT);
      return HttpResponse.seeOther(URI.create("/login/enrol"));
    }
    pending.clear(request);
    return HttpResponse.seeOther(URI.create("/login?failed"));
  }

  @Post(uri = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  MutableHttpResponse<?> logOut(HttpRequest<?> request, @Nullable String csrfToken) {
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    return logoutHandler.logout(request);
  }
}
