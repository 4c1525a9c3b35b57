package org.openparcs.controller.plate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.garage.model.LaneId;

/**
 * Several reads of one vehicle make one read: one sure read, or two agreeing, within the window;
 * the arming loop is the boundary (POLICY K3: no guess, the operator reads the image instead).
 */
class OneReadPerVehicleTest {

  private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
  private static final OptionalLong CAR = OptionalLong.of(7);
  private final LaneReadWindow window =
      new LaneReadWindow(
          new ReadAgreement(0.9, 0.5, 2, Duration.ofSeconds(3), PlateComparison.FOLDED));

  private static PlateRead read(String plate, double confidence, Instant at) {
    return new PlateRead(
        UUID.randomUUID(),
        new LaneId("entry-1"),
        new CameraId("cam-1"),
        PlateText.of(plate),
        plate,
        confidence,
        List.of(),
        null,
        null,
        null,
        "frames",
        at,
        at);
  }

  @Test
  void anUnsureVehicleIsHandedOverWithItsReadsAsCandidatesOnePerTextMostConfidentFirst() {
    PlateRead low = read("7ABC128", 0.30, T0);
    PlateRead best = read("7ABC123", 0.45, T0.plusMillis(100));
    PlateRead lowerOfSame = read("7ABC123", 0.35, T0.plusMillis(200));
    window.offer(CAR, CAR, low, T0);
    window.offer(CAR, CAR, best, T0.plusMillis(100));
    window.offer(CAR, CAR, lowerOfSame, T0.plusMillis(200));

    VehicleRead handedOver = window.observe(CAR, T0.plusSeconds(3)).orElseThrow();

    assertThat(handedOver.candidates()).containsExactly(best, low);
    assertThat(window.evidence(CAR).reads()).containsExactly(low, best, lowerOfSame);
  }

  @Test
  void oneSureReadIsTheVehiclesRead() {
    ReadOffer offer = window.offer(CAR, CAR, read("7ABC123", 0.95, T0), T0);
    assertThat(offer.status()).isEqualTo(ReadOffer.Status.SETTLED);
    assertThat(offer.settled().get().basis()).isEqualTo(ReadBasis.HIGH_CONFIDENCE);
  }

  @Test
  void twoAgreeingReadsAreTheVehiclesRead() {
    assertThat(window.offer(CAR, CAR, read("7ABC123", 0.6, T0), T0).status())
        .isEqualTo(ReadOffer.Status.AWAITING_MORE_READS);
    ReadOffer second = window.offer(CAR, CAR, read("7ABC123", 0.7, T0.plusMillis(200)), T0);
    assertThat(second.status()).isEqualTo(ReadOffer.Status.SETTLED);
    assertThat(second.settled().get().basis()).isEqualTo(ReadBasis.AGREEMENT);
    assertThat(second.settled().get().reads()).isEqualTo(2);
  }

  @Test
  void readsThatDisagreeWaitAndGoToTheOperatorWhenTheWindowPasses() {
    window.offer(CAR, CAR, read("7ABC123", 0.6, T0), T0);
    window.offer(CAR, CAR, read("7A8C123", 0.7, T0), T0);
    assertThat(window.observe(CAR, T0.plusSeconds(2))).isEmpty();
    VehicleRead handed = window.observe(CAR, T0.plusSeconds(3)).orElseThrow();
    assertThat(handed.basis()).isEqualTo(ReadBasis.BELOW_THRESHOLD);
    assertThat(handed.plate()).isEqualTo(PlateText.of("7A8C123"));
    assertThat(window.observe(CAR, T0.plusSeconds(4))).as("handed over once").isEmpty();
  }

  @Test
  void aReadForAVehicleThatHasLeftCountsForNobody() {
    ReadOffer offer = window.offer(CAR, OptionalLong.of(8), read("7ABC123", 0.95, T0), T0);
    assertThat(offer.status()).isEqualTo(ReadOffer.Status.VEHICLE_GONE);
  }

  @Test
  void theNextVehicleStartsAfresh() {
    window.offer(CAR, CAR, read("7ABC123", 0.6, T0), T0);
    OptionalLong next = OptionalLong.of(8);
    assertThat(window.offer(next, next, read("7ABC123", 0.6, T0), T0).status())
        .as("the first car's read does not vote for the second")
        .isEqualTo(ReadOffer.Status.AWAITING_MORE_READS);
  }

  @Test
  void aReadWhoseCommitFailedIsTakenBackAndTheVehicleCanBeSettledAgain() {
    PlateRead first = read("7ABC123", 0.6, T0);
    PlateRead second = read("7ABC123", 0.6, T0);
    window.offer(CAR, CAR, first, T0);
    ReadOffer settled = window.offer(CAR, CAR, second, T0);
    assertThat(settled.status()).isEqualTo(ReadOffer.Status.SETTLED);

    window.withdraw(CAR, second, true);

    assertThat(window.waitingFor(second.id(), CAR)).isFalse();
    assertThat(window.offer(CAR, CAR, read("7ABC123", 0.6, T0), T0).status())
        .as("the withdrawn read neither counts nor keeps the plate decided")
        .isEqualTo(ReadOffer.Status.SETTLED);
  }

  @Test
  void takingBackAReadThatSettledNothingKeepsTheDecisionMadeBefore() {
    window.offer(CAR, CAR, read("7ABC123", 0.95, T0), T0);
    PlateRead again = read("7ABC123", 0.95, T0);
    assertThat(window.offer(CAR, CAR, again, T0).status())
        .isEqualTo(ReadOffer.Status.ALREADY_DECIDED);

    window.withdraw(CAR, again, false);

    assertThat(window.offer(CAR, CAR, read("7ABC123", 0.95, T0), T0).status())
        .isEqualTo(ReadOffer.Status.ALREADY_DECIDED);
  }

  @Test
  void aPlateDecidedOnceIsNotDecidedAgainForTheSameVehicle() {
    window.offer(CAR, CAR, read("7ABC123", 0.95, T0), T0);
    assertThat(window.offer(CAR, CAR, read("7ABC123", 0.95, T0), T0).status())
        .isEqualTo(ReadOffer.Status.ALREADY_DECIDED);
  }
}
