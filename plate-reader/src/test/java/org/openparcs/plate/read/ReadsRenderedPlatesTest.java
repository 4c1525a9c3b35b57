package org.openparcs.plate.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openparcs.plate.PlateCandidate;
import org.openparcs.plate.PlateReading;
import org.openparcs.plate.RenderedPlates;
import org.openparcs.plate.RenderedPlates.Plate;
import org.openparcs.plate.SharedReader;

class ReadsRenderedPlatesTest {

  private static PlateReading.Plates read(Plate plate) {
    return (PlateReading.Plates) SharedReader.get().read(RenderedPlates.frame(plate));
  }

  @Test
  void readsALevelPlateAndReportsWhereItIs() {
    PlateReading.Plates plates = read(Plate.of("ABC1234"));

    PlateCandidate best = plates.best().orElseThrow();
    assertThat(best.text()).isEqualTo("ABC1234");
    assertThat(best.box().x()).isBetween(400, 640);
    assertThat(best.box().y()).isBetween(330, 400);
    assertThat(plates.frameWidth()).isEqualTo(1280);
  }

  @Test
  void readsAPlateTiltedByTenDegrees() {
    assertThat(SharedReader.bestText(read(Plate.of("WKD5380").rotated(10)))).isEqualTo("WKD5380");
  }

  @Test
  void readsALowContrastPlate() {
    assertThat(SharedReader.bestText(read(Plate.of("TRX4472").contrast(95, 150))))
        .isEqualTo("TRX4472");
  }

  @Test
  void readsTheMainLineOfATwoLinePlate() {
    assertThat(SharedReader.bestText(read(Plate.of("HL5820").withTopLine("CITY OF TESTING"))))
        .isEqualTo("HL5820");
  }

  @Test
  void readsASmallDistantPlate() {
    assertThat(SharedReader.bestText(read(Plate.of("GZ84513").sized(14)))).isEqualTo("GZ84513");
  }

  @Test
  void reportsNoConfidentPlateInAFrameWithoutOne() {
    PlateReading.Plates plates =
        (PlateReading.Plates) SharedReader.get().read(RenderedPlates.emptyFrame());

    assertThat(plates.candidates()).allSatisfy(c -> assertThat(c.confidence()).isLessThan(0.5));
  }

  @Test
  void offersRankedAlternativesForTopFiveScoring() {
    PlateCandidate best = read(Plate.of("B8S5Z2").sized(18)).best().orElseThrow();

    assertThat(best.alternatives()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(best.alternatives().get(0).text()).isEqualTo(best.text());
    assertThat(best.alternatives())
        .isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
  }
}
