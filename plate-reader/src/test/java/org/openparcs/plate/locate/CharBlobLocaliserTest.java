package org.openparcs.plate.locate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openparcs.plate.PlateBox;
import org.openparcs.plate.PlatePhotos;
import org.openparcs.plate.RenderedPlates;
import org.openparcs.plate.image.FrameDecoder;
import org.openparcs.plate.image.GrayImage;
import org.openparcs.plate.image.InputSettings;

class CharBlobLocaliserTest {

  private final FrameDecoder decoder = new FrameDecoder(InputSettings.DEFAULT);
  private final CharBlobLocaliser localiser = new CharBlobLocaliser(LocaliserSettings.DEFAULT);

  private GrayImage decode(byte[] bytes) {
    return ((FrameDecoder.Frame) decoder.decode(bytes)).image();
  }

  @Test
  void findsTheLabelledPlateInALaneCameraFrame() {
    GrayImage frame = decode(PlatePhotos.photo("us-dev", "wts-lg-000017.jpg"));
    PlateBox expected = labelledBox("us-dev", "wts-lg-000017.jpg");

    assertThat(localiser.locate(frame))
        .anySatisfy(r -> assertThat(r.plateBox().iou(expected)).isGreaterThan(0.4));
  }

  @Test
  void findsTheLabelledPlateInAEuropeanScene() {
    GrayImage frame = decode(PlatePhotos.photo("eu", "test_093.jpg"));
    PlateBox expected = labelledBox("eu", "test_093.jpg");

    assertThat(localiser.locate(frame).get(0).plateBox().iou(expected)).isGreaterThan(0.4);
  }

  @Test
  void erosionPassFreesCharactersGluedToEachOtherByBlur() {
    // wts-lg-000170: "5FLR236" in a dark dealer frame; at the default threshold the letters
    // and the frame melt into one blob, so without the erosion pass no line is found there.
    GrayImage frame = decode(PlatePhotos.photo("us-dev", "wts-lg-000170.jpg"));
    PlateBox expected = labelledBox("us-dev", "wts-lg-000170.jpg");
    CharBlobLocaliser withoutErosion =
        new CharBlobLocaliser(LocaliserSettings.DEFAULT.withErodeSize(0));

    assertThat(withoutErosion.locate(frame))
        .noneSatisfy(r -> assertThat(r.plateBox().iou(expected)).isGreaterThan(0.4));
    assertThat(localiser.locate(frame))
        .anySatisfy(r -> assertThat(r.plateBox().iou(expected)).isGreaterThan(0.5));
  }

  @Test
  void refusesAnErosionOutsideItsRange() {
    assertThatThrownBy(() -> LocaliserSettings.DEFAULT.withErodeSize(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LocaliserSettings.DEFAULT.withErodeSize(6))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void measuresTheTiltOfARotatedPlate() {
    GrayImage frame = decode(RenderedPlates.frame(RenderedPlates.Plate.of("KLM4567").rotated(8)));

    PlateRegion best = localiser.locate(frame).get(0);

    assertThat(best.angle()).isBetween(6.0, 10.0);
    assertThat(best.chars()).hasSize(7);
  }

  @Test
  void findsNoCharacterLineInAnEmptyFrame() {
    GrayImage frame = decode(RenderedPlates.emptyFrame());

    assertThat(localiser.locate(frame)).allSatisfy(r -> assertThat(r.score()).isLessThan(0.5));
  }

  static PlateBox labelledBox(String set, String file) {
    try {
      for (String line :
          java.nio.file.Files.readAllLines(
              PlatePhotos.folder().resolve(set).resolve("truth.csv"))) {
        String[] f = line.split(",");
        if (f[0].equals(file)) {
          return new PlateBox(
              Integer.parseInt(f[2]),
              Integer.parseInt(f[3]),
              Integer.parseInt(f[4]),
              Integer.parseInt(f[5]));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new IllegalArgumentException("no label for " + file);
  }
}
