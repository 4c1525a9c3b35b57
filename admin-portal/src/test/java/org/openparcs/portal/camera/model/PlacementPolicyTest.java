package org.openparcs.portal.camera.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where cameras may stand (POLICY U4, U5), with distances by the haversine formula. */
class PlacementPolicyTest {

  private static final SensitiveSite CHURCH =
      new SensitiveSite(
          1, "St. Joseph Cathedral", SiteKind.PLACE_OF_WORSHIP, new GeoPoint(37.3327, -121.8879));
  private static final PlacementPolicy POLICY = new PlacementPolicy(150);

  @Test
  void measuresGreatCircleDistances() {
    GeoPoint sanJose = new GeoPoint(37.3382, -121.8863);
    GeoPoint sacramento = new GeoPoint(38.5816, -121.4944);
    assertThat(sanJose.metresTo(sacramento)).isBetween(142_000.0, 143_500.0);
    assertThat(sanJose.metresTo(sanJose)).isZero();
    assertThat(new GeoPoint(0, 0).metresTo(new GeoPoint(0, 0.001))).isBetween(111.0, 111.4);
  }

  @Test
  void refusesACameraThatWouldWatchTheEntranceOfAPlaceOfWorshipPolicyU4() {
    CameraForm near = form("37.3333", "-121.8879", true);

    assertThat(POLICY.refusal(near, List.of(CHURCH)))
        .hasValueSatisfying(
            r ->
                assertThat(r)
                    .startsWith("U4: the camera would stand 67 m")
                    .contains("place of worship"));
    assertThat(POLICY.refusal(form("37.3400", "-121.8879", true), List.of(CHURCH))).isEmpty();
  }

  @Test
  void refusesACameraThatDoesNotSeePublicViewOnlyPolicyU5() {
    assertThat(POLICY.refusal(form("37.3400", "-121.8879", false), List.of()))
        .hasValueSatisfying(r -> assertThat(r).startsWith("U5"));
    assertThat(new CameraForm("G1", "cam", "Cam", "91", "0", "", true).problems()).hasSize(2);
  }

  private static CameraForm form(String lat, String lon, boolean publicView) {
    return new CameraForm(
        "G1", "cam-1", "Entry camera", lat, lon, "entry lane 1, street side", publicView);
  }
}
