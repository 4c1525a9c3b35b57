package org.openparcs.plate.locate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chains character-like blobs into lines: each blob links to its nearest right neighbour of similar
 * height on roughly the same line, and linked blobs form one group.
 */
final class CharLines {

  private CharLines() {}

  /**
   * Lines of at least {@code minChars} blobs, each sorted left to right.
   *
   * @param blobs candidate characters
   * @param rules how far and how different neighbours may be
   */
  static List<List<Blob>> group(List<Blob> blobs, LineRules rules) {
    List<Blob> sorted = new ArrayList<>(blobs);
    sorted.sort(Comparator.comparingDouble(Blob::x));
    int n = sorted.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      Blob a = sorted.get(i);
      int best = -1;
      double bestGap = Double.MAX_VALUE;
      for (int j = i + 1; j < n; j++) {
        Blob b = sorted.get(j);
        if (b.x() - a.right() > rules.maxGap() * a.h()) {
          break;
        }
        double gap = b.x() - a.right();
        if (gap < bestGap && neighbours(a, b, rules)) {
          best = j;
          bestGap = gap;
        }
      }
      if (best >= 0) {
        union(parent, i, best);
      }
    }
    Map<Integer, List<Blob>> groups = new HashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(sorted.get(i));
    }
    List<List<Blob>> lines = new ArrayList<>();
    for (List<Blob> g : groups.values()) {
      if (g.size() >= rules.minChars()) {
        g.sort(Comparator.comparingDouble(Blob::x));
        lines.add(g);
      }
    }
    return lines;
  }

  private static boolean neighbours(Blob a, Blob b, LineRules rules) {
    double hMax = Math.max(a.h(), b.h());
    double hMin = Math.min(a.h(), b.h());
    if (hMax / hMin > rules.maxHeightRatio()) {
      return false;
    }
    if (b.x() < a.x() + 0.3 * a.w()) {
      return false;
    }
    double dx = b.cx() - a.cx();
    double dy = Math.abs(b.cy() - a.cy());
    return dy <= rules.maxCentreShift() * hMax + rules.maxSlope() * dx;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
