package org.openparcs.portal.user.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.openparcs.portal.user.infrastructure.AccountSettings;
import org.openparcs.portal.user.model.PendingLogin;
import org.openparcs.portal.user.model.PortalUser;
import org.openparcs.portal.user.model.Role;

/**
 * A log-on between its steps, kept in the browser's session (never as a logged-in session), and the
 * final step that starts the logged-in session under a new id (no session fixation).
 */
@Singleton
class PendingLoginSession {

  private static final String KEY = "parcs.pendingLogin";

  private final SessionStore<Session> sessions;
  private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
  private final AccountSettings settings;
  private final Clock clock;

  PendingLoginSession(
      SessionStore<Session> sessions,
      LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
      AccountSettings settings,
      Clock clock) {
    this.sessions = sessions;
    this.loginHandler = loginHandler;
    this.settings = settings;
    this.clock = clock;
  }

  void start(HttpRequest<?> request, long userId, PendingLogin.Stage stage) {
    Session session = SessionForRequest.findOrCreate(request, sessions);
    session.put(KEY, userId + ":" + stage.name() + ":" + clock.instant().toEpochMilli());
  }

  /** The pending log-on at this stage, if it is there and fresh. */
  Optional<PendingLogin> find(HttpRequest<?> request, PendingLogin.Stage stage) {
    return SessionForRequest.find(request)
        .flatMap(s -> s.get(KEY, String.class))
        .map(PendingLoginSession::parse)
        .filter(p -> p.stage() == stage)
        .filter(p -> p.isFresh(clock.instant(), settings.pendingLoginTimeout()));
  }

  void clear(HttpRequest<?> request) {
    SessionForRequest.find(request).ifPresent(s -> s.remove(KEY));
  }

  /** Ends the pending session and starts the logged-in one under a new session id. */
  MutableHttpResponse<?> complete(HttpRequest<?> request, PortalUser user) {
    SessionForRequest.find(request).ifPresent(old -> sessions.deleteSession(old.getId()));
    SessionForRequest.create(sessions, request);
    return loginHandler.loginSuccess(
        Authentication.build(
            user.username().value(),
            user.roles().stream().map(Role::name).toList(),
            Map.of("displayName", user.displayName())),
        request);
  }

  private static PendingLogin parse(String text) {
    String[] f = text.split(":");
    return new PendingLogin(
        Long.parseLong(f[0]),
        PendingLogin.Stage.valueOf(f[1]),
        Instant.ofEpochMilli(Long.parseLong(f[2])));
  }
}
