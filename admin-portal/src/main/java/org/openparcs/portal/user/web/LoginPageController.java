package org.openparcs.portal.user.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openparcs.portal.common.web.CsrfCookie;

/**
 * The login form. Micronaut Security's login endpoint ({@code POST /login}) checks what it sends
 * and redirects to {@code /} or back here with {@code ?failed}.
 */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginPageController {

  private final CsrfCookie csrf;

  LoginPageController(CsrfCookie csrf) {
    this.csrf = csrf;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> form(
      HttpRequest<?> request,
      @Nullable @QueryValue String failed,
      @Nullable @QueryValue String loggedOut) {
    String token = csrf.token(request);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("failed", failed != null);
    model.put("loggedOut", loggedOut != null);
    model.put("csrfToken", token);
    return csrf.attach(request, HttpResponse.ok(new ModelAndView<>("login", model)), token);
  }
}
