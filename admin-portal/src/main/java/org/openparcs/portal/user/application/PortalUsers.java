package org.openparcs.portal.user.application;

import java.time.Instant;
import java.util.Optional;
import org.openparcs.portal.user.model.NewUser;
import org.openparcs.portal.user.model.PortalUser;
import org.openparcs.portal.user.model.Username;

/** The portal's users and their roles. */
public interface PortalUsers {

  Optional<PortalUser> findByUsername(Username username);

  /** Whether any user exists at all (the bootstrap coordinator is made only when none does). */
  boolean anyExists();

  /** Creates the user with its roles and returns its id. */
  long create(NewUser user, Instant createdAt);

  /** Notes a successful log-on. */
  void recordLogin(long userId, Instant at);
}
