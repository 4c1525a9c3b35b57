package org.openparcs.portal.fakes;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.user.application.PortalUsers;
import org.openparcs.portal.user.model.NewUser;
import org.openparcs.portal.user.model.PasswordHash;
import org.openparcs.portal.user.model.PortalUser;
import org.openparcs.portal.user.model.Role;
import org.openparcs.portal.user.model.TotpEnrolment;
import org.openparcs.portal.user.model.Username;

/** Portal users in a map, by id. */
public final class InMemoryPortalUsers implements PortalUsers {

  private final Map<Long, PortalUser> users = new HashMap<>();
  private final Map<Long, Set<GarageId>> scopes = new HashMap<>();

  @Override
  public Optional<PortalUser> findByUsername(Username username) {
    return users.values().stream().filter(u -> u.username().equals(username)).findFirst();
  }

  @Override
  public Optional<PortalUser> findById(long id) {
    return Optional.ofNullable(users.get(id));
  }

  @Override
  public List<PortalUser> all() {
    return users.values().stream().sorted(Comparator.comparing(u -> u.username().value())).toList();
  }

  @Override
  public boolean lockAndCheckAnyExists() {
    return !users.isEmpty();
  }

  @Override
  public long create(NewUser user, Instant createdAt) {
    long id = users.size() + 1L;
    users.put(
        id,
        new PortalUser(
            id,
            user.username(),
            user.displayName(),
            user.department(),
            true,
            user.passwordHash(),
            user.temporaryPassword() ? null : createdAt,
            0,
            null,
            Optional.empty(),
            createdAt,
            null,
            null,
            user.roles()));
    return id;
  }

  /** Replaces a user, for example to disable it. */
  public void put(PortalUser user) {
    users.put(user.id(), user);
  }

  @Override
  public void recordLogin(long userId, Instant at) {
    PortalUser u = users.get(userId);
    put(
        new PortalUser(
            u.id(),
            u.username(),
            u.displayName(),
            u.department(),
            u.enabled(),
            u.passwordHash(),
            u.passwordChangedAt(),
            0,
            null,
            u.secondFactor(),
            u.createdAt(),
            at,
            u.enabledAt(),
            u.roles()));
  }

  @Override
  public void recordFailure(long userId, Instant lockedUntil) {
    PortalUser u = users.get(userId);
    put(
        new PortalUser(
            u.id(),
            u.username(),
            u.displayName(),
            u.department(),
            u.enabled(),
            u.passwordHash(),
            u.passwordChangedAt(),
            lockedUntil == null ? u.failedLogins() + 1 : 0,
            lockedUntil == null ? u.lockedUntil() : lockedUntil,
            u.secondFactor(),
            u.createdAt(),
            u.lastLoginAt(),
            u.enabledAt(),
            u.roles()));
  }

  @Override
  public void setPassword(long userId, PasswordHash hash, Instant changedAt) {
    PortalUser u = users.get(userId);
    put(
        new PortalUser(
            u.id(),
            u.username(),
            u.displayName(),
            u.department(),
            u.enabled(),
            hash,
            changedAt,
            u.failedLogins(),
            u.lockedUntil(),
            u.secondFactor(),
            u.createdAt(),
            u.lastLoginAt(),
            u.enabledAt(),
            u.roles()));
  }

  @Override
  public void setEnabled(long userId, boolean enabled, String reason, Instant at) {
    PortalUser u = users.get(userId);
    Instant enabledAt = enabled && !u.enabled() ? at : u.enabledAt();
    put(
        new PortalUser(
            u.id(),
            u.username(),
            u.displayName(),
            u.department(),
            enabled,
            u.passwordHash(),
            u.passwordChangedAt(),
            enabled ? 0 : u.failedLogins(),
            enabled ? null : u.lockedUntil(),
            u.secondFactor(),
            u.createdAt(),
            u.lastLoginAt(),
            u.enabledAt(),
            u.roles()));
  }

  @Override
  public void setRoles(long userId, Set<Role> roles) {
    put(users.get(userId).withRoles(roles));
  }

  @Override
  public Set<GarageId> scopes(long userId) {
    return scopes.getOrDefault(userId, Set.of());
  }

  @Override
  public void setScopes(long userId, Set<GarageId> garages) {
    scopes.put(userId, new HashSet<>(garages));
  }

  @Override
  public void startEnrolment(long userId, String secret) {
    withTotp(userId, Optional.of(new TotpEnrolment(secret, null, 0)));
  }

  @Override
  public void confirmEnrolment(long userId, Instant at, long step) {
    TotpEnrolment e = users.get(userId).secondFactor().orElseThrow();
    withTotp(userId, Optional.of(new TotpEnrolment(e.secret(), at, step)));
  }

  @Override
  public void recordTotpStep(long userId, long step) {
    TotpEnrolment e = users.get(userId).secondFactor().orElseThrow();
    withTotp(userId, Optional.of(new TotpEnrolment(e.secret(), e.confirmedAt(), step)));
  }

  @Override
  public void clearSecondFactor(long userId) {
    withTotp(userId, Optional.empty());
  }

  private void withTotp(long userId, Optional<TotpEnrolment> totp) {
    PortalUser u = users.get(userId);
    put(
        new PortalUser(
            u.id(),
            u.username(),
            u.displayName(),
            u.department(),
            u.enabled(),
            u.passwordHash(),
            u.passwordChangedAt(),
            u.failedLogins(),
            u.lockedUntil(),
            totp,
            u.createdAt(),
            u.lastLoginAt(),
            u.enabledAt(),
            u.roles()));
  }

  public Optional<Instant> lastLogin(long userId) {
    return Optional.ofNullable(users.get(userId).lastLoginAt());
  }

  public int count() {
    return users.size();
  }
}
