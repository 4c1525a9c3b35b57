package org.openparcs.portal.common.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import jakarta.inject.Singleton;

/**
 * The double-submit CSRF token of the portal's forms: an HttpOnly cookie and the same value in a
 * hidden form field, checked by Micronaut Security's CSRF filter on every form POST (login and
 * logout included). Pages that render a form call {@link #token} and {@link #attach}.
 */
@Singleton
public class CsrfCookie {

  private final CsrfTokenGenerator<HttpRequest<?>> generator;
  private final CsrfConfiguration configuration;

  CsrfCookie(CsrfTokenGenerator<HttpRequest<?>> generator, CsrfConfiguration configuration) {
    this.generator = generator;
    this.configuration = configuration;
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
    // Like the session cookie: Secure when the request came over TLS. Micronaut's CSRF cookie is
    // Secure by default, which a browser drops on plain HTTP to any host but localhost.
    cookie.secure(request.isSecure());
    return response.cookie(cookie);
  }

  /** The form field name the filter reads the token from. */
  public String fieldName() {
    return configuration.getFieldName();
  }
}
