package org.openparcs.portal.garage.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A garage may only report for itself, with its own token. */
class GarageAdmissionPolicyTest {

  private static final GarageId G1 = new GarageId("G1");
  private static final GarageId G2 = new GarageId("G2");
  private static final Optional<GarageToken> TOKEN = Optional.of(new GarageToken("t".repeat(20)));

  @Test
  void admitsAGarageWithItsOwnToken() {
    assertThat(GarageAdmissionPolicy.decide(G1, TOKEN, Optional.of(G1)))
        .isEqualTo(new GarageAccess.Admitted(G1));
  }

  @Test
  void refusesARequestWithoutToken() {
    assertThat(GarageAdmissionPolicy.decide(G1, Optional.empty(), Optional.empty()))
        .isInstanceOf(GarageAccess.Unauthenticated.class);
  }

  @Test
  void refusesAnUnknownTokenLikeAnUnknownGarage() {
    GarageAccess wrongToken = GarageAdmissionPolicy.decide(G1, TOKEN, Optional.empty());
    GarageAccess unknownGarage = GarageAdmissionPolicy.decide(null, TOKEN, Optional.empty());

    assertThat(wrongToken)
        .isInstanceOf(GarageAccess.Unauthenticated.class)
        .isEqualTo(unknownGarage);
  }

  @Test
  void forbidsReportingForAnotherGarage() {
    assertThat(GarageAdmissionPolicy.decide(G1, TOKEN, Optional.of(G2)))
        .isInstanceOf(GarageAccess.Forbidden.class);
  }

  @Test
  void neverShowsTheTokenInText() {
    assertThat(TOKEN.get().toString()).doesNotContain("tttt");
  }
}
