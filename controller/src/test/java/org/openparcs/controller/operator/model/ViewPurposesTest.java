package org.openparcs.controller.operator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openparcs.policy.catalog.ProfileCatalog;
import org.openparcs.policy.model.JurisdictionProfile;

/** POLICY U1, T1: a view of plate data states a purpose the profile allows to its viewer. */
class ViewPurposesTest {

  private static final JurisdictionProfile SJ_PARK =
      ProfileCatalog.standard().find("SJ-PARK").get();
  private static final Set<String> OPERATOR = Set.of("OPERATOR");

  private final ViewPurposes purposes = new ViewPurposes(SJ_PARK, List.of());

  @Test
  void offersAnOperatorThePurposesOfTheirRolesOnly() {
    assertThat(purposes.forRoles(OPERATOR))
        .extracting(p -> p.id())
        .containsExactly("garage-access", "revenue-protection", "parking-enforcement");
  }

  @Test
  void allowsAnOperatorsPurposeByIdOrByLabel() {
    assertThat(allowedId(purposes.checkOperator("revenue-protection", OPERATOR)))
        .isEqualTo("revenue-protection");
    assertThat(allowedId(purposes.checkOperator("access credential at the garage", OPERATOR)))
        .isEqualTo("garage-access");
  }

  @Test
  void refusesAMissingPurposeAsMissingAndNamesTheAllowedOnes() {
    PurposeCheck.Refused no = refused(purposes.checkOperator("  ", OPERATOR));
    assertThat(no.missing()).isTrue();
    assertThat(no.message()).contains("garage-access", "parking-enforcement");
  }

  @Test
  void refusesAPurposeOfAnotherRoleToAnOperatorButNotToThePortal() {
    PurposeCheck.Refused no = refused(purposes.checkOperator("transaction-audit", OPERATOR));
    assertThat(no.missing()).isFalse();
    assertThat(no.message()).contains("U1").doesNotContain("transaction-audit (");
    assertThat(allowedId(purposes.checkPortal("transaction-audit"))).isEqualTo("transaction-audit");
  }

  @Test
  void refusesAProhibitedUseNamingRuleU2() {
    PurposeCheck.Refused no = refused(purposes.checkPortal("immigration enforcement"));
    assertThat(no.missing()).isFalse();
    assertThat(no.message()).contains("U2");
  }

  @Test
  void offersOnlyTheDeploymentsChosenPurposesAndRefusesToStartWithAnUnknownOne() {
    ViewPurposes chosen = new ViewPurposes(SJ_PARK, List.of("garage-access"));
    assertThat(chosen.forRoles(OPERATOR)).extracting(p -> p.id()).containsExactly("garage-access");
    assertThat(chosen.checkPortal("revenue-protection")).isInstanceOf(PurposeCheck.Refused.class);
    assertThatThrownBy(() -> new ViewPurposes(SJ_PARK, List.of("curiosity")))
        .hasMessageContaining("curiosity");
  }

  private static String allowedId(PurposeCheck check) {
    return check.match(a -> a.purpose().id(), r -> "refused: " + r.message());
  }

  private static PurposeCheck.Refused refused(PurposeCheck check) {
    return check.match(
        a -> {
          throw new AssertionError("allowed " + a.purpose().id());
        },
        r -> r);
  }
}
