package org.openparcs.plate.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.plate.ocr.OcrReading;
import org.openparcs.plate.ocr.OcrSymbol;

/**
 * Fuses readings character by character. The glyph reading fixes the segmentation (one symbol per
 * blob); each line reading's symbol that falls on a blob adds its choices there. Positions are
 * compared as shares of each view's width, since views differ only by horizontal scale.
 */
final class CharFusion {

  /** A reading with the width of the view it came from. */
  record ViewReading(OcrReading reading, int viewWidth) {}

  private CharFusion() {}

  /**
   * One reading with, per glyph blob, the weighted sum of the normalised choices of every reading.
   *
   * @param glyphs the segmented reading
   * @param lines line readings of views of the same plate
   * @param lineWeight weight of one line reading relative to the glyph reading
   */
  static OcrReading fuse(ViewReading glyphs, List<ViewReading> lines, double lineWeight) {
    List<OcrSymbol> fused = new ArrayList<>();
    for (OcrSymbol blob : glyphs.reading().symbols()) {
      double left = (double) blob.left() / glyphs.viewWidth();
      double right = (double) blob.right() / glyphs.viewWidth();
      Map<Character, Double> scores = new HashMap<>();
      add(scores, blob, 1.0);
      for (ViewReading line : lines) {
        OcrSymbol match = nearest(line, left, right);
        if (match != null) {
          add(scores, match, lineWeight);
        }
      }
      fused.add(symbol(scores, blob));
    }
    return new OcrReading(fused);
  }

  private static OcrSymbol nearest(ViewReading line, double left, double right) {
    double centre = (left + right) / 2;
    double width = right - left;
    OcrSymbol best = null;
    double bestDistance = Double.MAX_VALUE;
    for (OcrSymbol s : line.reading().symbols()) {
      double c = (s.left() + s.right()) / 2.0 / line.viewWidth();
      double d = Math.abs(c - centre);
      if (d < bestDistance && d <= 0.6 * width) {
        best = s;
        bestDistance = d;
      }
    }
    return best;
  }

  private static void add(Map<Character, Double> scores, OcrSymbol symbol, double weight) {
    double total = symbol.choices().stream().mapToDouble(c -> Math.max(0.01, c.confidence())).sum();
    for (OcrSymbol.Choice c : symbol.choices()) {
      scores.merge(
          fold(c.character()), weight * Math.max(0.01, c.confidence()) / total, Double::sum);
    }
  }

  private static char fold(char c) {
    return c == 'O' ? '0' : c == 'I' ? '1' : c;
  }

  private static OcrSymbol symbol(Map<Character, Double> scores, OcrSymbol blob) {
    double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
    List<OcrSymbol.Choice> choices = new ArrayList<>();
    scores.forEach((c, s) -> choices.add(new OcrSymbol.Choice(c, s / total)));
    choices.sort(Comparator.comparingDouble(OcrSymbol.Choice::confidence).reversed());
    return new OcrSymbol(choices, blob.left(), blob.right());
  }
}
