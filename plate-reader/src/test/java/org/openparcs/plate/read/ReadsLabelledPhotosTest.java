package org.openparcs.plate.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openparcs.plate.PlateCandidate;
import org.openparcs.plate.PlatePhotos;
import org.openparcs.plate.PlateReading;
import org.openparcs.plate.PlateText;
import org.openparcs.plate.SharedReader;

/** A handful of labelled photos the reader must keep reading; the benchmark measures the rest. */
class ReadsLabelledPhotosTest {

  @ParameterizedTest(name = "{0}/{1} reads {2}")
  @CsvSource({
    "us-dev, wts-lg-000017.jpg, 7FR971",
    "us-dev, wts-lg-000178.jpg, 6LSU216",
    "us-dev, us4.jpg, 520MRK",
    "eu, test_093.jpg, RK301AH",
    "eu, test_080.jpg, RK003AB",
    "us-crops-dev, ny1077.png, ADL4681",
    "us-crops-dev, wv12.png, 6NM162"
  })
  void readsTheLabelledPlate(String set, String file, String plate) {
    PlateReading reading = SharedReader.get().read(PlatePhotos.photo(set, file));

    assertThat(reading).isInstanceOf(PlateReading.Plates.class);
    PlateCandidate best = ((PlateReading.Plates) reading).best().orElseThrow();
    assertThat(PlateText.folded(best.text())).isEqualTo(plate);
    assertThat(best.charConfidences()).hasSize(best.text().length());
    assertThat(best.confidence()).isBetween(0.3, 1.0);
    assertThat(best.alternatives()).isNotEmpty();
  }
}
