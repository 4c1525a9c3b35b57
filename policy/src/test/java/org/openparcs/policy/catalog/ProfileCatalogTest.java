package org.openparcs.policy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openparcs.policy.model.DataClass;
import org.openparcs.policy.model.JurisdictionProfile;
import org.openparcs.policy.model.RetentionBounds;

/** The five profiles read from their files say what POLICY.md's table says (POLICY R2). */
class ProfileCatalogTest {

  private final ProfileCatalog catalog = ProfileCatalog.standard();

  @Test
  void shipsTheFiveProfilesEachVersionedAndDated() {
    assertThat(catalog.all())
        .extracting(JurisdictionProfile::id)
        .containsExactly("SJ-PARK", "SAC", "SJPD-L4207", "SJPD-DUP", "PAS");
    assertThat(catalog.all()).allSatisfy(p -> assertThat(p.version()).isPositive());
    assertThat(catalog.find("SJPD-DUP").orElseThrow().effective()).hasToString("2026-02-25");
    assertThat(catalog.find("NOWHERE")).isEmpty();
  }

  @Test
  void plateReadBoundsFollowTheTableOfPolicyR2() {
    assertThat(reads("SAC").describe()).isEqualTo("90 days .. 2 years");
    assertThat(reads("SJPD-DUP").describe()).isEqualTo("30 days");
    assertThat(reads("SJPD-L4207").describe()).isEqualTo("at most 1 year");
    assertThat(reads("PAS").describe()).isEqualTo("at least 2 years");
    assertThat(reads("SJ-PARK").describe()).isEqualTo("for a period the department chooses");
  }

  @Test
  void everyProfileKeepsTheAuditTrailAtLeastTwoYearsPolicyT2() {
    for (JurisdictionProfile p : catalog.all()) {
      assertThat(p.bounds(DataClass.AUDIT_RECORDS).minDays()).as(p.id()).isEqualTo(730);
      assertThat(p.bounds(DataClass.LOGON_RECORDS).minDays()).as(p.id()).isEqualTo(730);
      assertThat(p.mfaRequired()).as(p.id()).isTrue();
      assertThat(p.hotListRefreshHours()).as(p.id()).isEqualTo(24);
    }
  }

  @Test
  void trainingRenewalAndSharingDifferByCity() {
    assertThat(catalog.find("SAC").orElseThrow().trainingRenewalText()).isEqualTo("yearly");
    assertThat(catalog.find("PAS").orElseThrow().trainingRenewalText()).isEqualTo("before access");
    assertThat(catalog.find("PAS").orElseThrow().sharing().onlyAgencies())
        .containsExactly("Pasadena Police Department");
    assertThat(catalog.find("SJ-PARK").orElseThrow().sharing().contractors()).isTrue();
    assertThat(catalog.find("SJPD-DUP").orElseThrow().sharing().contractors()).isFalse();
    assertThat(catalog.find("SJPD-L4207").orElseThrow().sharing().agreementRequired()).isTrue();
  }

  private RetentionBounds reads(String id) {
    return catalog.find(id).orElseThrow().bounds(DataClass.PLATE_READS);
  }
}
