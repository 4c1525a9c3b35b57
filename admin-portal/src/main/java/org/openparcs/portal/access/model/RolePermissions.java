package org.openparcs.portal.access.model;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.openparcs.portal.user.model.Role;

/**
 * Which permissions each role carries (POLICY A5). The external auditor reads the audit trail and
 * nothing else; the revenue auditor sees plates only through the purposes configured for it.
 */
public final class RolePermissions {

  private static final Map<Role, Set<Permission>> GRANTS = new EnumMap<>(Role.class);

  static {
    GRANTS.put(Role.COORDINATOR, EnumSet.allOf(Permission.class));
    GRANTS.put(
        Role.OPERATOR,
        EnumSet.of(
            Permission.VIEW_GARAGES,
            Permission.SEARCH_PLATES,
            Permission.ENTER_HOT_LIST,
            Permission.HANDLE_HITS));
    GRANTS.put(
        Role.REVENUE_AUDITOR,
        EnumSet.of(
            Permission.VIEW_GARAGES,
            Permission.VIEW_REVENUE,
            Permission.DISPOSE_FINDINGS,
            Permission.SEARCH_PLATES));
    GRANTS.put(Role.VENDOR, EnumSet.of(Permission.VIEW_GARAGES, Permission.SEARCH_PLATES));
    GRANTS.put(
        Role.EXTERNAL_AUDITOR, EnumSet.of(Permission.READ_AUDIT_TRAIL, Permission.REVIEW_LOGONS));
  }

  private RolePermissions() {}

  public static Set<Permission> of(Set<Role> roles) {
    Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    roles.forEach(r -> permissions.addAll(GRANTS.get(r)));
    return permissions;
  }
}
