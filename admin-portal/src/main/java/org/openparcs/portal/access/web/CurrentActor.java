package org.openparcs.portal.access.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.openparcs.portal.access.application.IdentifyActor;
import org.openparcs.portal.access.model.Actor;

/**
 * The request's {@link Actor}: the logged-in user as stored now, with the client's address
 * (honouring {@code micronaut.server.client-address-header} behind a proxy).
 */
@Singleton
public class CurrentActor {

  private final IdentifyActor identify;
  private final HttpClientAddressResolver addresses;

  CurrentActor(IdentifyActor identify, HttpClientAddressResolver addresses) {
    this.identify = identify;
    this.addresses = addresses;
  }

  /** The actor; {@link SessionNoLongerValid} when the user was disabled or removed since log-on. */
  public Actor of(HttpRequest<?> request, Authentication authentication) {
    return identify
        .identify(authentication.getName(), addresses.resolve(request))
        .orElseThrow(SessionNoLongerValid::new);
  }

  /** The session's user can no longer act (disabled or removed after log-on). */
  public static final class SessionNoLongerValid extends RuntimeException {
    SessionNoLongerValid() {
      super("the account behind this session is disabled or gone");
    }
  }
}
