package org.openparcs.policy.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openparcs.policy.catalog.ProfileCatalog;

/** A deployment's own numbers are checked against its profile's bounds (POLICY R2). */
class ProfileCheckTest {

  private static final ProfileCatalog CATALOG = ProfileCatalog.standard();

  @Test
  void everyProfileIsValidWithItsOwnDefaults() {
    for (JurisdictionProfile p : CATALOG.all()) {
      assertThat(problems(p.id(), DeploymentChoice.profileDefaults())).as(p.id()).isEmpty();
    }
  }

  @Test
  void refusesPlateReadsKeptShorterThanSacramentosMinimumPolicyR2() {
    assertThat(problems("SAC", reads(30)))
        .containsExactly(
            "R2 SAC: plate reads and images must be kept 90 days .. 2 years,"
                + " configured 30 days");
    assertThat(problems("SAC", reads(900))).hasSize(1);
    assertThat(problems("SAC", reads(120))).isEmpty();
  }

  @Test
  void sanJoseDupKeepsExactlyThirtyDaysPolicyR2() {
    assertThat(problems("SJPD-DUP", reads(60)))
        .containsExactly(
            "R2 SJPD-DUP: plate reads and images must be kept 30 days, configured 60 days");
  }

  @Test
  void l4207KeepsAtMostTwelveMonthsAndPasadenaAtLeastTwoYearsPolicyR2() {
    assertThat(problems("SJPD-L4207", reads(730)))
        .containsExactly(
            "R2 SJPD-L4207: plate reads and images must be kept at most 1 year,"
                + " configured 2 years");
    assertThat(problems("PAS", reads(365)))
        .containsExactly(
            "R2 PAS: plate reads and images must be kept at least 2 years, configured 1 year");
    assertThat(problems("SJ-PARK", reads(7))).isEmpty();
  }

  @Test
  void refusesAnAuditTrailKeptLessThanTwoYearsPolicyT2() {
    DeploymentChoice c =
        new DeploymentChoice(Map.of(DataClass.AUDIT_RECORDS, 365), null, List.of());
    assertThat(problems("SJ-PARK", c))
        .containsExactly(
            "T2 SJ-PARK: audit records must be kept at least 2 years, configured 1 year");
  }

  @Test
  void sacramentoRenewsTrainingYearlyPolicyA4() {
    DeploymentChoice never = new DeploymentChoice(Map.of(), 0, List.of());
    assertThat(problems("SAC", never))
        .containsExactly(
            "A4 SAC: training must be renewed at least every 12 months, configured never");
    assertThat(problems("SAC", new DeploymentChoice(Map.of(), 6, List.of()))).isEmpty();
    assertThat(problems("PAS", never)).isEmpty();
  }

  @Test
  void offersOnlyTheProfilesPurposesPolicyU1AndU2() {
    DeploymentChoice c =
        new DeploymentChoice(Map.of(), null, List.of("parking-enforcement", "immigration-check"));
    assertThat(problems("PAS", c))
        .anySatisfy(p -> assertThat(p).startsWith("U1 PAS: purpose 'immigration-check'"))
        .anySatisfy(p -> assertThat(p).startsWith("U2 PAS: purpose 'immigration-check' is"));
    EffectivePolicy ok =
        ProfileCheck.check(
                CATALOG.find("PAS").orElseThrow(),
                new DeploymentChoice(Map.of(), null, List.of("parking-enforcement")))
            .match(p -> p, problems -> null);
    assertThat(ok.purposes())
        .extracting(PurposeDefinition::id)
        .containsExactly("parking-enforcement");
    assertThat(ok.days(DataClass.PLATE_READS)).isEqualTo(730);
  }

  @Test
  void prohibitedUsesMatchWholeWordsOnlyPolicyU2() {
    JurisdictionProfile p = CATALOG.find("SJPD-DUP").orElseThrow();
    assertThat(p.prohibitedUseIn("Immigration status check"))
        .map(ProhibitedUse::id)
        .contains("immigration");
    assertThat(p.prohibitedUseIn("vehicle seen near the mosque"))
        .map(ProhibitedUse::id)
        .contains("religion");
    assertThat(p.prohibitedUseIn("grand theft auto", "burglary (practice)")).isEmpty();
    assertThat(p.prohibitedUseIn("police")).as("ICE is a whole word, not a substring").isEmpty();
  }

  private static DeploymentChoice reads(int days) {
    return new DeploymentChoice(Map.of(DataClass.PLATE_READS, days), null, List.of());
  }

  private static List<String> problems(String id, DeploymentChoice choice) {
    return ProfileCheck.check(CATALOG.find(id).orElseThrow(), choice)
        .match(p -> List.of(), problems -> problems);
  }
}
