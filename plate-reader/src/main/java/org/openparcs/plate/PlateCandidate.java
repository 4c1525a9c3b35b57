package org.openparcs.plate;

import java.util.List;

/**
 * One plate found in a frame.
 *
 * @param text the best reading, A-Z0-9
 * @param charConfidences one confidence (0..1) per character of {@code text}
 * @param confidence overall confidence 0..1 that this is a plate read correctly
 * @param box where the plate lies in the frame
 * @param alternatives ranked readings, best first; the first equals {@code text}
 */
public record PlateCandidate(
    String text,
    List<Double> charConfidences,
    double confidence,
    PlateBox box,
    List<PlateText> alternatives) {

  public PlateCandidate {
    charConfidences = List.copyOf(charConfidences);
    alternatives = PlateText.copyOf(alternatives);
    if (text == null || charConfidences.size() != text.length()) {
      throw new IllegalArgumentException("need one confidence per character of " + text);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
    }
    if (box == null) {
      throw new IllegalArgumentException("box is required");
    }
    if (alternatives.isEmpty() || !alternatives.get(0).text().equals(text)) {
      throw new IllegalArgumentException("the first alternative must be the text itself");
    }
  }
}
