package org.openparcs.portal.user.infrastructure;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.Map;
import org.openparcs.portal.user.application.LogIn;
import org.openparcs.portal.user.model.LoginAttempt;
import org.openparcs.portal.user.model.LoginOutcome;
import org.openparcs.portal.user.model.PortalUser;
import org.openparcs.portal.user.model.Role;

/**
 * Micronaut Security's login form calls this; it hands the attempt to {@link LogIn}. It runs on the
 * blocking executor (the default of executor providers): password hashing and JDBC block.
 */
@Singleton
final class PortalAuthenticationProvider<B>
    implements HttpRequestExecutorAuthenticationProvider<B> {

  private final LogIn logIn;
  private final HttpClientAddressResolver addresses;

  PortalAuthenticationProvider(LogIn logIn, HttpClientAddressResolver addresses) {
    this.logIn = logIn;
    this.addresses = addresses;
  }

  @Override
  public AuthenticationResponse authenticate(
      HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
    // Honours micronaut.server.client-address-header when the portal runs behind a proxy.
    String ip = request == null ? null : addresses.resolve(request);
    LoginOutcome outcome =
        logIn.logIn(new LoginAttempt(credentials.getIdentity(), credentials.getSecret(), ip));
    if (outcome instanceof LoginOutcome.LoggedIn in) {
      PortalUser user = in.user();
      return AuthenticationResponse.success(
          user.username().value(),
          user.roles().stream().map(Role::name).toList(),
          Map.of("displayName", user.displayName()));
    }
    return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
  }
}
