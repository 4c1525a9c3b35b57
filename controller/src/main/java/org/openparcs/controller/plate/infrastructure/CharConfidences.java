package org.openparcs.controller.plate.infrastructure;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Per-character confidences in a column: "0.98,0.41,1.00"; NULL when there are none. */
final class CharConfidences {

  private CharConfidences() {}

  static String format(List<Double> confidences) {
    if (confidences.isEmpty()) {
      return null;
    }
    return confidences.stream()
        .map(c -> String.format(Locale.ROOT, "%.2f", c))
        .collect(Collectors.joining(","));
  }

  static List<Double> parse(String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    return Arrays.stream(column.split(",")).map(Double::valueOf).toList();
  }
}
