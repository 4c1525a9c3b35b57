package org.openparcs.portal.common.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import io.micronaut.session.http.HttpSessionConfiguration;
import jakarta.inject.Singleton;

/**
 * The double-submit CSRF token of the portal's forms: an HttpOnly, SameSite=Strict cookie and the
 * same value in the hidden form field {@code csrfToken}, HMAC-signed with {@code
 * micronaut.security.csrf.secret-key}. Pages that render a form call {@link #token} and {@link
 * #attach}; controllers that accept a form call {@link #isGenuine}.
 */
@Singleton
public class CsrfCookie {

  private final CsrfTokenGenerator<HttpRequest<?>> generator;
  private final CsrfTokenValidator<HttpRequest<?>> validator;
  private final CsrfConfiguration configuration;
  private final HttpSessionConfiguration session;

  CsrfCookie(
      CsrfTokenGenerator<HttpRequest<?>> generator,
      CsrfTokenValidator<HttpRequest<?>> validator,
      CsrfConfiguration configuration,
      HttpSessionConfiguration session) {
    this.generator = generator;
    this.validator = validator;
    this.configuration = configuration;
    this.session = session;
  }

  /** Whether the form's token equals the cookie's and carries the portal's signature. */
  public boolean isGenuine(HttpRequest<?> request, String formToken) {
    return formToken != null
        && !formToken.isBlank()
        && validator.validateCsrfToken(request, formToken);
  }

  /** The request's token, or a new one when it has none. */
  public String token(HttpRequest<?> request) {
    return request
        .getCookies()
        .findCookie(configuration.getCookieName())
        .map(Cookie::getValue)
        .orElseGet(() -> generator.generateCsrfToken(request));
  }

  /** Sets (or refreshes) the token cookie on the response. */
  public <T> MutableHttpResponse<T> attach(
      HttpRequest<?> request, MutableHttpResponse<T> response, String token) {
    Cookie cookie = Cookie.of(configuration.getCookieName(), token);
    cookie.configure(configuration, request.isSecure());
    // Exactly like the session cookie: micronaut.session.http.cookie-secure when set (true behind a
    // TLS-terminating proxy), else Secure when the request came over TLS. Micronaut's CSRF cookie
    // is Secure by default, which a browser drops on plain HTTP to any host but localhost.
    cookie.secure(session.isCookieSecure().orElse(request.isSecure()));
    return response.cookie(cookie);
  }
}
