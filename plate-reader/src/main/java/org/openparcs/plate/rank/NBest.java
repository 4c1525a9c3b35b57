package org.openparcs.plate.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.plate.PlateText;
import org.openparcs.plate.ocr.OcrSymbol;

/**
 * Alternative texts from per-character choices: a beam search over the positions, scoring a text by
 * the product of its characters' normalised confidences. Texts equal after folding O to 0 and I to
 * 1 count once.
 */
public final class NBest {

  private NBest() {}

  /** A text with its raw (unnormalised) score, for merging. */
  public record Scored(String text, double score) {}

  /**
   * Up to {@code limit} texts, best first.
   *
   * @param symbols per-position choices
   * @param limit most texts returned
   */
  public static List<Scored> of(List<OcrSymbol> symbols, int limit) {
    List<Scored> beam = List.of(new Scored("", 1));
    int width = Math.max(limit * 2, 8);
    for (OcrSymbol symbol : symbols) {
      double total =
          symbol.choices().stream().mapToDouble(c -> Math.max(c.confidence(), 0.01)).sum();
      List<Scored> next = new ArrayList<>();
      for (Scored prefix : beam) {
        for (OcrSymbol.Choice c : symbol.choices()) {
          double p = Math.max(c.confidence(), 0.01) / total;
          next.add(new Scored(prefix.text() + c.character(), prefix.score() * p));
        }
      }
      next.sort(Comparator.comparingDouble(Scored::score).reversed());
      beam = distinctFolded(next, width);
    }
    return beam.stream().filter(s -> !s.text().isEmpty()).limit(limit).toList();
  }

  /** Keeps the best-scoring text of each folded form, in order. */
  public static List<Scored> distinctFolded(List<Scored> sorted, int limit) {
    Map<String, Scored> byFolded = new LinkedHashMap<>();
    for (Scored s : sorted) {
      byFolded.putIfAbsent(PlateText.folded(s.text()), s);
      if (byFolded.size() == limit) {
        break;
      }
    }
    return new ArrayList<>(byFolded.values());
  }
}
