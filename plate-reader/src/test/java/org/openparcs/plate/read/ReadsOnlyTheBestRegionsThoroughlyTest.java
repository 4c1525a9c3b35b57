package org.openparcs.plate.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openparcs.plate.PlateReader;
import org.openparcs.plate.PlateReaderSettings;
import org.openparcs.plate.PlateReaders;
import org.openparcs.plate.PlateReading;
import org.openparcs.plate.RenderedPlates;
import org.openparcs.plate.RenderedPlates.Plate;
import org.openparcs.plate.SharedReader;
import org.openparcs.plate.read.StageTimer.Stage;

/**
 * Every region is read quickly by the network; only the best ({@code thoroughRegions}) get
 * Tesseract, the glyph classifier and the network's other cuts. The stage timer sees each stage.
 */
class ReadsOnlyTheBestRegionsThoroughlyTest {

  /** A plate under a line of text: two regions at least. */
  private static final byte[] TWO_LINES =
      RenderedPlates.frame(Plate.of("HL5820").withTopLine("CITY OF TESTING"));

  private static final List<Stage> stages = Collections.synchronizedList(new ArrayList<>());
  private static PlateReader reader;

  @BeforeAll
  static void createReader() {
    StageTimer recording =
        new StageTimer() {
          @Override
          public <T> T time(Stage stage, Supplier<T> work) {
            stages.add(stage);
            return work.get();
          }
        };
    reader = PlateReaders.create(PlateReaderSettings.DEFAULT, recording);
  }

  @AfterAll
  static void closeReader() {
    reader.close();
  }

  @Test
  void runsEveryStageThroughTheTimer() {
    stages.clear();

    reader.read(TWO_LINES);

    assertThat(stages).contains(Stage.values());
  }

  @Test
  void readsOneRegionWithTesseractByDefault() {
    stages.clear();

    PlateReading reading = reader.read(TWO_LINES);

    assertThat(SharedReader.bestText((PlateReading.Plates) reading)).isEqualTo("HL5820");
    assertThat(count(Stage.RECTIFY)).isGreaterThan(1);
    assertThat(count(Stage.TESSERACT)).isEqualTo(ReadSettings.DEFAULT.viewsPerRegion());
  }

  private static long count(Stage stage) {
    return stages.stream().filter(s -> s == stage).count();
  }
}
