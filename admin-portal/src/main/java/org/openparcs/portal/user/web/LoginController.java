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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import org.openparcs.portal.common.web.CsrfCookie;
import org.openparcs.portal.user.application.LogIn;
import org.openparcs.portal.user.model.LoginAttempt;
import org.openparcs.portal.user.model.LoginOutcome;
import org.openparcs.portal.user.model.PortalUser;
import org.openparcs.portal.user.model.Role;

/**
 * Log-in and log-out forms. These replace Micronaut Security's own endpoints so that the CSRF token
 * is checked here, on the bound form: Micronaut's CSRF filter reads the body inside the filter
 * chain, which fails intermittently next to micronaut-session 4.7's filter. The session itself is
 * still Micronaut's ({@link LoginHandler}, {@link LogoutHandler}).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {

  private final LogIn logIn;
  private final CsrfCookie csrf;
  private final HttpClientAddressResolver addresses;
  private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
  private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;

  LoginController(
      LogIn logIn,
      CsrfCookie csrf,
      HttpClientAddressResolver addresses,
      LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
      LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler) {
    this.logIn = logIn;
    this.csrf = csrf;
    this.addresses = addresses;
    this.loginHandler = loginHandler;
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
    if (outcome instanceof LoginOutcome.LoggedIn in) {
      return loginHandler.loginSuccess(authentication(in.user()), request);
    }
    return loginHandler.loginFailed(
        AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH),
        request);
  }

  @Post(uri = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  MutableHttpResponse<?> logOut(HttpRequest<?> request, @Nullable String csrfToken) {
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    return logoutHandler.logout(request);
  }

  private static Authentication authentication(PortalUser user) {
    return Authentication.build(
        user.username().value(),
        user.roles().stream().map(Role::name).toList(),
        Map.of("displayName", user.displayName()));
  }
}
