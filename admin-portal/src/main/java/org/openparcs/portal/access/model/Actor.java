package org.openparcs.portal.access.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.openparcs.portal.audit.model.AlprAccess;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.user.model.Role;

/**
 * The logged-in user as every check sees them, read from the store at each request: a role, scope
 * or training change applies at once, not at the next log-on.
 *
 * @param userId the user's id
 * @param username login name
 * @param department department or outside agency, as audited (POLICY T1, T4)
 * @param ip the client's address of this request, as audited
 * @param roles the user's roles (POLICY A5)
 * @param garageScopes the garages the user's roles apply to; coordinators see every garage
 * @param training where the user stands with training (POLICY A4)
 */
public record Actor(
    long userId,
    String username,
    String department,
    String ip,
    Set<Role> roles,
    Set<GarageId> garageScopes,
    TrainingStatus training) {

  public Actor {
    roles = Set.copyOf(roles);
    garageScopes = Set.copyOf(garageScopes);
  }

  public boolean may(Permission permission) {
    return RolePermissions.of(roles).contains(permission);
  }

  /** Throws {@link NotPermitted} unless the roles carry {@code permission}. */
  public void require(Permission permission) {
    if (!may(permission)) {
      throw new NotPermitted(permission);
    }
  }

  /** Whether this user's roles apply to {@code garage} (scopes per garage, POLICY A5). */
  public boolean sees(GarageId garage) {
    return roles.contains(Role.COORDINATOR) || garageScopes.contains(garage);
  }

  public List<GarageId> visible(Collection<GarageId> garages) {
    return garages.stream().filter(this::sees).toList();
  }

  /** An audit entry of something this user did now (not an access to ALPR data). */
  public AuditEntry audited(Instant at, AuditAction action, String detail) {
    return new AuditEntry(at, username, department, ip, action, AlprAccess.NONE, detail);
  }

  /** POLICY A4: ALPR data only with a permission for it and a current training record. */
  public boolean mayReadAlprData() {
    return may(Permission.SEARCH_PLATES) && training.current();
  }
}
