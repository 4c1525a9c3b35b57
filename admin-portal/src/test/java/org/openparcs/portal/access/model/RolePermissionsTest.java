package org.openparcs.portal.access.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.fakes.Actors;
import org.openparcs.portal.user.model.Role;

/** POLICY A5: what each role may do, and scopes per garage. */
class RolePermissionsTest {

  @Test
  void theExternalAuditorReadsTheAuditTrailAndNothingElse() {
    assertThat(RolePermissions.of(Set.of(Role.EXTERNAL_AUDITOR)))
        .containsExactlyInAnyOrder(Permission.READ_AUDIT_TRAIL, Permission.REVIEW_LOGONS);
  }

  @Test
  void onlyTheCoordinatorManagesUsers() {
    for (Role role : Role.values()) {
      assertThat(RolePermissions.of(Set.of(role)).contains(Permission.MANAGE_USERS))
          .as(role.name())
          .isEqualTo(role == Role.COORDINATOR);
    }
  }

  @Test
  void operatorsAndVendorsSeeOnlyTheGaragesInTheirScope() {
    Actor vendor = Actors.of(Role.VENDOR, Actors.TRAINED, "G1");
    Actor coordinator = Actors.of(Role.COORDINATOR, Actors.TRAINED);

    assertThat(vendor.sees(new org.openparcs.portal.garage.model.GarageId("G1"))).isTrue();
    assertThat(vendor.sees(new org.openparcs.portal.garage.model.GarageId("G2"))).isFalse();
    assertThat(coordinator.sees(new org.openparcs.portal.garage.model.GarageId("G2"))).isTrue();
  }

  @Test
  void onlyTheRevenueAuditorAndCoordinatorSeeRevenue() {
    assertThat(RolePermissions.of(Set.of(Role.REVENUE_AUDITOR))).contains(Permission.VIEW_REVENUE);
    assertThat(RolePermissions.of(Set.of(Role.OPERATOR))).doesNotContain(Permission.VIEW_REVENUE);
  }
}
