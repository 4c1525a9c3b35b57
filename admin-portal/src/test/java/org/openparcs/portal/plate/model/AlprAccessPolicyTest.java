package org.openparcs.portal.plate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.fakes.Actors;
import org.openparcs.portal.fakes.Purposes;
import org.openparcs.portal.user.model.Role;

/** The checks before any ALPR data is looked up (POLICY U1, A4, A5, T1). */
class AlprAccessPolicyTest {

  private static final List<Purpose> PURPOSES = Purposes.LIST;

  private final AlprAccessPolicy policy = new AlprAccessPolicy(PURPOSES, Purposes.PROHIBITED);

  @Test
  void refusesASearchWithoutAPurposePolicyU1() {
    AlprRuling r = policy.rule(Actors.of(Role.OPERATOR, Actors.TRAINED, "G1"), query(null), true);

    assertThat(r).isInstanceOf(AlprRuling.Refused.class);
    assertThat(((AlprRuling.Refused) r).message()).contains("purpose");
  }

  @Test
  void refusesAPurposeTheRolesMayNotUsePolicyA5() {
    AlprRuling r =
        policy.rule(
            Actors.of(Role.REVENUE_AUDITOR, Actors.TRAINED), query("parking-enforcement"), true);

    assertThat(r).isInstanceOf(AlprRuling.Refused.class);
  }

  @Test
  void refusesAUserWhoseTrainingLapsedPolicyA4() {
    AlprRuling r =
        policy.rule(
            Actors.of(Role.OPERATOR, Actors.LAPSED, "G1"), query("parking-enforcement"), true);

    assertThat(((AlprRuling.Refused) r).message()).contains("training");
  }

  @Test
  void refusesTheExternalAuditorWhoReadsOnlyTheAuditTrailPolicyA5() {
    AlprRuling r =
        policy.rule(
            Actors.of(Role.EXTERNAL_AUDITOR, Actors.TRAINED), query("parking-enforcement"), true);

    assertThat(r).isInstanceOf(AlprRuling.Refused.class);
  }

  @Test
  void aLawEnforcementPurposeNeedsACaseNumberAndACrimeTypePolicyT1() {
    var coordinator = Actors.of(Role.COORDINATOR, Actors.TRAINED);
    PlateQuery without = new PlateQuery("7ABC123", null, null, null, "law-enforcement", null, null);
    PlateQuery with =
        new PlateQuery("7ABC123", null, null, null, "law-enforcement", "SJ-2026-0042", "burglary");

    assertThat(policy.rule(coordinator, without, true)).isInstanceOf(AlprRuling.Refused.class);
    assertThat(policy.rule(coordinator, with, true)).isInstanceOf(AlprRuling.Allowed.class);
  }

  @Test
  void refusesASearchWhoseCrimeTypeIsAProhibitedUsePolicyU2() {
    var coordinator = Actors.of(Role.COORDINATOR, Actors.TRAINED);
    PlateQuery immigration =
        new PlateQuery(
            "7ABC123", null, null, null, "law-enforcement", "SJ-2026-0042", "immigration status");
    PlateQuery protest =
        new PlateQuery(
            "7ABC123", null, null, null, "law-enforcement", "C-1", "Protest at city hall");

    assertThat(((AlprRuling.Refused) policy.rule(coordinator, immigration, true)).message())
        .contains("immigration enforcement", "POLICY U2");
    assertThat(((AlprRuling.Refused) policy.rule(coordinator, protest, true)).message())
        .contains("First Amendment");
  }

  @Test
  void normalisesThePlateAndRefusesAnythingButLettersAndDigits() {
    var op = Actors.of(Role.OPERATOR, Actors.TRAINED, "G1");

    AlprRuling ok =
        policy.rule(
            op,
            new PlateQuery(
                " 7abc-12* ",
                null,
                java.time.Instant.parse("2026-11-01T00:00:00Z"),
                java.time.Instant.parse("2026-11-08T00:00:00Z"),
                "parking-enforcement",
                null,
                null),
            true);
    AlprRuling injected =
        policy.rule(
            op,
            new PlateQuery("' OR 1=1 --", null, null, null, "parking-enforcement", null, null),
            true);

    assertThat(ok).isEqualTo(new AlprRuling.Allowed(PURPOSES.get(0), "7ABC12", true));
    assertThat(injected).isInstanceOf(AlprRuling.Refused.class);
  }

  private static PlateQuery query(String purpose) {
    return new PlateQuery("7ABC123", null, null, null, purpose, null, null);
  }
}
