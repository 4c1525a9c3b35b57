package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A portal behind a TLS-terminating proxy ({@code micronaut.session.http.cookie-secure: true}): the
 * session and CSRF cookies carry Secure, HttpOnly and SameSite=Strict. (Served over TLS, the portal
 * sets Secure without the setting; on plain HTTP, as in {@link LoginIT}, it does not.)
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.session.http.cookie-secure", value = "true")
class SecureCookieIT {

  @Inject EmbeddedServer server;
  @Inject TestClock clock;

  @Test
  void sessionAndCsrfCookiesAreSecureHttpOnlyAndStrict() {
    PortalHttp browser = new PortalHttp(server.getURI());
    HttpResponse<String> form = browser.get("/login", "text/html");
    browser.logIn(Accounts.COORDINATOR, Accounts.PASSWORD);
    HttpResponse<String> loggedIn =
        browser.submitCode(Totp.code(Accounts.SECRET, clock.nextTotpStep()));

    assertThat(form.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("parcs_csrf=")
                    .contains("Secure", "HTTPOnly", "SameSite=Strict"));
    assertThat(loggedIn.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("PARCS_SESSION=")
                    .contains("Secure", "HTTPOnly", "SameSite=Strict"));
  }
}
