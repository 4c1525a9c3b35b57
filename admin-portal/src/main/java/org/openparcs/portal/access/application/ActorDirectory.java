package org.openparcs.portal.access.application;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.user.model.Role;

/** What the access checks need to know about a user, read fresh for each request. */
public interface ActorDirectory {

  /** A user's access as stored. */
  record Entry(
      long userId,
      String username,
      String department,
      boolean enabled,
      Set<Role> roles,
      Set<GarageId> garages,
      LocalDate trainedOn,
      LocalDate acknowledgedOn) {}

  /** The user with this login name, if any. */
  Optional<Entry> find(String username);
}
