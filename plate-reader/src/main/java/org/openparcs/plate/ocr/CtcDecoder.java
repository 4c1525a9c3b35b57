package org.openparcs.plate.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns per-column class probabilities of a CTC network into characters: greedy best path for the
 * positions and their alternatives, prefix beam search for whole-text alternatives. Class 0 is the
 * blank; class k is {@code ALPHABET.charAt(k - 1)}.
 */
public final class CtcDecoder {

  /** The characters of classes 1..36, in the network's order. */
  public static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private CtcDecoder() {}

  /**
   * The best path with repeats merged and blanks dropped. Each character's choices are the classes
   * most probable at the column where it peaks.
   *
   * @param probs probabilities, [column][class]
   * @param choices most alternatives per character
   * @param columnWidth input pixels per column, for the symbols' left and right edges
   */
  public static List<OcrSymbol> greedy(float[][] probs, int choices, double columnWidth) {
    List<OcrSymbol> symbols = new ArrayList<>();
    int t = 0;
    while (t < probs.length) {
      int k = argmax(probs[t]);
      if (k == 0) {
        t++;
        continue;
      }
      int start = t;
      int peak = t;
      while (t < probs.length && argmax(probs[t]) == k) {
        if (probs[t][k] > probs[peak][k]) {
          peak = t;
        }
        t++;
      }
      symbols.add(
          new OcrSymbol(
              choicesAt(probs[peak], choices),
              (int) Math.round(start * columnWidth),
              (int) Math.round(t * columnWidth)));
    }
    return symbols;
  }

  private static List<OcrSymbol.Choice> choicesAt(float[] p, int limit) {
    List<Integer> order = new ArrayList<>();
    for (int k = 1; k < p.length; k++) {
      order.add(k);
    }
    order.sort(Comparator.comparingDouble(k -> -p[k]));
    // Renormalised without the blank: how the character classes share this position.
    double letters = 1e-9;
    for (int k = 1; k < p.length; k++) {
      letters += p[k];
    }
    List<OcrSymbol.Choice> out = new ArrayList<>();
    for (int k : order.subList(0, Math.min(limit, order.size()))) {
      out.add(new OcrSymbol.Choice(ALPHABET.charAt(k - 1), Math.min(1, p[k] / letters)));
    }
    return out;
  }

  /** A text with its probability summed over all CTC paths that spell it. */
  public record Text(String text, double probability) {}

  /**
   * CTC prefix beam search.
   *
   * @param probs probabilities, [column][class]
   * @param width prefixes kept per column
   * @return up to {@code width} texts, most probable first
   */
  public static List<Text> beam(float[][] probs, int width) {
    // Per prefix: probability of ending in a blank, and of ending in its last character.
    Map<String, double[]> beams = new HashMap<>();
    beams.put("", new double[] {1, 0});
    for (float[] p : probs) {
      Map<String, double[]> next = new HashMap<>();
      for (Map.Entry<String, double[]> e : beams.entrySet()) {
        String prefix = e.getKey();
        double pb = e.getValue()[0];
        double pnb = e.getValue()[1];
        add(next, prefix, (pb + pnb) * p[0], 0);
        int last = prefix.isEmpty() ? -1 : ALPHABET.indexOf(prefix.charAt(prefix.length() - 1)) + 1;
        if (last > 0) {
          add(next, prefix, pnb * p[last], 1);
        }
        for (int k = 1; k < p.length; k++) {
          if (p[k] < 1e-4) {
            continue;
          }
          String extended = prefix + ALPHABET.charAt(k - 1);
          add(next, extended, k == last ? pb * p[k] : (pb + pnb) * p[k], 1);
        }
      }
      beams = prune(next, width);
    }
    return beams.entrySet().stream()
        .map(e -> new Text(e.getKey(), e.getValue()[0] + e.getValue()[1]))
        .filter(x -> !x.text().isEmpty())
        .sorted(Comparator.comparingDouble(Text::probability).reversed())
        .toList();
  }

  private static void add(Map<String, double[]> beams, String prefix, double p, int slot) {
    beams.computeIfAbsent(prefix, x -> new double[2])[slot] += p;
  }

  private static Map<String, double[]> prune(Map<String, double[]> all, int width) {
    Map<String, double[]> kept = new HashMap<>();
    all.entrySet().stream()
        .sorted(Comparator.comparingDouble(e -> -(e.getValue()[0] + e.getValue()[1])))
        .limit(width)
        .forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }

  private static int argmax(float[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    return best;
  }
}
