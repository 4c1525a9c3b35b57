package org.openparcs.portal.garage.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn by the server as SVG (no script, no CDN): bars in a {@value #WIDTH} by {@value
 * #HEIGHT} view box, tallest bar at full height.
 *
 * @param title what the chart shows
 * @param bars one bar per value, left to right
 * @param maxLabel the value of a full-height bar, as text
 */
public record BarChart(String title, List<Bar> bars, String maxLabel) {

  public static final int WIDTH = 300;
  public static final int HEIGHT = 100;

  /** One bar: its rectangle, and its label and value for the tooltip. */
  public record Bar(int x, int y, int width, int height, String label, String value) {}

  /** A formatter of values for labels (money in minor units, counts). */
  @FunctionalInterface
  public interface Format {
    String of(long value);
  }

  public static BarChart of(String title, List<String> labels, List<Long> values, Format format) {
    if (labels.size() != values.size() || labels.isEmpty()) {
      throw new IllegalArgumentException("a chart needs one label per value, and a value");
    }
    long max = Math.max(1, values.stream().mapToLong(v -> Math.max(0, v)).max().orElse(1));
    int slot = WIDTH / labels.size();
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      long v = Math.max(0, values.get(i));
      int h = (int) Math.round((double) v * HEIGHT / max);
      bars.add(
          new Bar(
              i * slot + 1,
              HEIGHT - h,
              Math.max(1, slot - 2),
              h,
              labels.get(i),
              format.of(values.get(i))));
    }
    return new BarChart(title, bars, format.of(max));
  }
}
