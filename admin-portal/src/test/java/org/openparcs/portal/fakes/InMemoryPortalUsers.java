package org.openparcs.portal.fakes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.openparcs.portal.user.application.PortalUsers;
import org.openparcs.portal.user.model.NewUser;
import org.openparcs.portal.user.model.PortalUser;
import org.openparcs.portal.user.model.Username;

/** Portal users in a map. */
public final class InMemoryPortalUsers implements PortalUsers {

  private final Map<Username, PortalUser> users = new HashMap<>();
  private final Map<Long, Instant> lastLogin = new HashMap<>();

  @Override
  public Optional<PortalUser> findByUsername(Username username) {
    return Optional.ofNullable(users.get(username));
  }

  @Override
  public boolean anyExists() {
    return !users.isEmpty();
  }

  @Override
  public long create(NewUser user, Instant createdAt) {
    long id = users.size() + 1L;
    users.put(
        user.username(),
        new PortalUser(
            id, user.username(), user.displayName(), true, user.passwordHash(), user.roles()));
    return id;
  }

  /** Replaces a user, for example to disable it. */
  public void put(PortalUser user) {
    users.put(user.username(), user);
  }

  @Override
  public void recordLogin(long userId, Instant at) {
    lastLogin.put(userId, at);
  }

  public Optional<Instant> lastLogin(long userId) {
    return Optional.ofNullable(lastLogin.get(userId));
  }

  public int count() {
    return users.size();
  }
}
