package org.openparcs.portal.sharing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openparcs.policy.catalog.ProfileCatalog;

/** The sharing rules under each city's profile (POLICY S1, S2, U2). */
class SharingPolicyTest {

  private static final ProfileCatalog CATALOG = ProfileCatalog.standard();
  private static final Agency SANTA_CLARA_PD =
      new Agency(1, "Santa Clara Police Department", AgencyKind.LAW_ENFORCEMENT, "CA", true);
  private static final Agency SUNNYVALE_PD =
      new Agency(2, "Sunnyvale Police Department", AgencyKind.LAW_ENFORCEMENT, "CA", false);

  @Test
  void refusesOutOfStateAndFederalAgenciesPolicyS2() {
    Agency reno = new Agency(3, "Reno Police Department", AgencyKind.LAW_ENFORCEMENT, "NV", true);
    Agency federal = new Agency(4, "A federal agency", AgencyKind.FEDERAL, "CA", true);

    assertThat(refusal("SAC", reno, form("burglary"))).startsWith("S2: only California agencies");
    assertThat(refusal("SAC", federal, form("burglary"))).startsWith("S2: federal agencies");
  }

  @Test
  void refusesImmigrationPurposesWhoeverAsksPolicyU2() {
    assertThat(refusal("SJPD-DUP", SANTA_CLARA_PD, form("immigration violation")))
        .startsWith("U2: the request serves immigration enforcement");
  }

  @Test
  void refusesCommercialPartiesButNotTheCitysParkingContractorWhereAllowedPolicyS1() {
    Agency broker = new Agency(5, "Data Broker Inc", AgencyKind.COMMERCIAL, "CA", false);
    Agency contractor =
        new Agency(6, "City Parking Services LLC", AgencyKind.PARKING_CONTRACTOR, "CA", true);

    assertThat(refusal("SJ-PARK", broker, form("billing"))).startsWith("S1: ALPR data is never");
    assertThat(policy("SJ-PARK").rule(contractor, form("unpaid parking")))
        .isInstanceOf(SharingRuling.Admissible.class);
    assertThat(refusal("SJPD-DUP", contractor, form("unpaid parking")))
        .startsWith("S1 SJPD-DUP: no data to contractors");
  }

  @Test
  void refusesOnwardSharingEachAgencyAsksDirectlyPolicyS2() {
    RequestForm onward =
        new RequestForm(
            1,
            "Det. Ames",
            "ames@scpd.example",
            "Sunnyvale Police Department",
            "robbery follow-up",
            "robbery",
            "SC-1",
            "7ABC123",
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 20));

    assertThat(refusal("SJPD-DUP", SANTA_CLARA_PD, onward)).startsWith("S2: no onward sharing");
  }

  @Test
  void agenciesWithoutStandingAccessNeedACommanderUnderTheDupPolicyS2() {
    SharingRuling ruling = policy("SJPD-DUP").rule(SUNNYVALE_PD, form("robbery"));

    assertThat(ruling.<Boolean>match(i -> null, r -> null, a -> a.commanderNeeded())).isTrue();
    assertThat(
            policy("SJPD-DUP")
                .rule(SANTA_CLARA_PD, form("robbery"))
                .<Boolean>match(i -> null, r -> null, a -> a.commanderNeeded()))
        .isFalse();
    assertThat(refusal("SJPD-L4207", SUNNYVALE_PD, form("robbery")))
        .startsWith("S2 SJPD-L4207: only agencies with an inter-agency agreement");
    assertThat(refusal("PAS", SANTA_CLARA_PD, form("robbery")))
        .isEqualTo("S2 PAS: data is shared only with Pasadena Police Department");
  }

  @Test
  void aLawEnforcementRequestNamesItsCaseAndCrimeTypePolicyS2() {
    RequestForm without =
        new RequestForm(
            1,
            "Det. Ames",
            "ames@scpd.example",
            null,
            "follow-up",
            null,
            null,
            "7ABC123",
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 20));

    List<String> problems =
        policy("SJPD-DUP")
            .rule(SANTA_CLARA_PD, without)
            .match(SharingRuling.Incomplete::problems, r -> List.of(), a -> List.of());
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("case number and crime type"));
  }

  @Test
  void aCommanderApprovalNeedsANameAndADatePolicyS2() {
    LocalDate today = LocalDate.of(2026, 11, 22);
    assertThat(new Decision(true, null, null, null).problems(true, today)).hasSize(2);
    assertThat(new Decision(true, null, "Cmdr. Ruiz", today.plusDays(1)).problems(true, today))
        .hasSize(1);
    assertThat(new Decision(true, null, "Cmdr. Ruiz", today).problems(true, today)).isEmpty();
    assertThat(new Decision(true, null, null, null).problems(false, today)).isEmpty();
    assertThat(new Decision(false, " ", null, null).problems(false, today)).hasSize(1);
  }

  private static RequestForm form(String crimeType) {
    return new RequestForm(
        1,
        "Det. Ames",
        "ames@scpd.example",
        null,
        "follow-up of case",
        crimeType,
        "SC-2026-17",
        "7ABC123, 8XYZ789",
        LocalDate.of(2026, 11, 1),
        LocalDate.of(2026, 11, 20));
  }

  private static SharingPolicy policy(String profile) {
    return new SharingPolicy(CATALOG.find(profile).orElseThrow());
  }

  private static String refusal(String profile, Agency agency, RequestForm form) {
    return policy(profile)
        .rule(agency, form)
        .match(i -> "incomplete " + i.problems(), SharingRuling.Refused::rule, a -> "admissible");
  }
}
