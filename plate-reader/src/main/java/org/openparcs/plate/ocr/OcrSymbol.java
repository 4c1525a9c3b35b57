package org.openparcs.plate.ocr;

import java.util.List;

/**
 * One character position as the OCR engine saw it.
 *
 * @param choices alternatives for this position, best first, each a character with a 0..1
 *     confidence
 * @param left left edge in the OCR input image, pixels
 * @param right right edge in the OCR input image, pixels
 */
public record OcrSymbol(List<Choice> choices, int left, int right) {

  public OcrSymbol {
    choices = List.copyOf(choices);
    if (choices.isEmpty()) {
      throw new IllegalArgumentException("a symbol needs at least one choice");
    }
  }

  /** The best character. */
  public char best() {
    return choices.get(0).character();
  }

  /** The confidence of the best character. */
  public double confidence() {
    return choices.get(0).confidence();
  }

  /**
   * One alternative character.
   *
   * @param character A-Z or 0-9
   * @param confidence 0..1
   */
  public record Choice(char character, double confidence) {}
}
