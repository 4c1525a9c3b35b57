package org.openparcs.plate.ocr;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Settings of the plate-line network ({@link CnnPlateOcr}).
 *
 * @param modelFile an ONNX model to use instead of the one bundled with the module, or null
 * @param inputWidth network input width in pixels; must match the model
 * @param inputHeight network input height in pixels; must match the model
 * @param beamWidth prefix beam width of the CTC decoder; 1 decodes greedily only
 * @param choicesPerChar most alternative characters kept per position
 * @param variants how many cuts of the view the network reads, their text probabilities averaged
 *     (1: the view as given; up to 5: also bands of rows where the characters fill more of the
 *     height, and the view with a little cut from its ends; see {@link CnnPlateOcr})
 */
public record CnnSettings(
    Path modelFile,
    int inputWidth,
    int inputHeight,
    int beamWidth,
    int choicesPerChar,
    int variants) {

  /** The bundled model (trained on rendered plates only, see training/README.md). */
  /** The cuts {@link CnnPlateOcr} knows. */
  public static final int MAX_VARIANTS = 5;

  public static final String BUNDLED_MODEL = "/org/openparcs/plate/ocr/plate-line.onnx";

  /** The bundled model, a beam of 8, three choices per character, five cuts of each view. */
  public static final CnnSettings DEFAULT = new CnnSettings(null, 128, 32, 8, 3, 5);

  public CnnSettings {
    if (modelFile != null && !Files.isRegularFile(modelFile)) {
      throw new IllegalArgumentException("model file does not exist: " + modelFile);
    }
    if (inputWidth < 16 || inputWidth > 1024 || inputHeight < 8 || inputHeight > 256) {
      throw new IllegalArgumentException(
          "input size out of range: " + inputWidth + "x" + inputHeight);
    }
    if (beamWidth < 1 || beamWidth > 64) {
      throw new IllegalArgumentException("beamWidth must be 1..64: " + beamWidth);
    }
    if (variants < 1 || variants > MAX_VARIANTS) {
      throw new IllegalArgumentException("variants must be 1.." + MAX_VARIANTS + ": " + variants);
    }
    if (choicesPerChar < 1 || choicesPerChar > 36) {
      throw new IllegalArgumentException("choicesPerChar must be 1..36: " + choicesPerChar);
    }
  }

  /** The same settings with another model file. */
  public CnnSettings withModelFile(Path file) {
    return new CnnSettings(file, inputWidth, inputHeight, beamWidth, choicesPerChar, variants);
  }

  /** The same settings reading {@code count} cuts of each view. */
  public CnnSettings withVariants(int count) {
    return new CnnSettings(modelFile, inputWidth, inputHeight, beamWidth, choicesPerChar, count);
  }
}
