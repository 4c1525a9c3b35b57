package org.openparcs.plate.locate;

import java.util.Arrays;
import java.util.List;

/**
 * Geometry of one line of blobs: least-squares slope through the centres, median height, and how
 * regular the line is.
 *
 * @param slope dy/dx of the centre line
 * @param intercept y of the centre line at x = 0
 * @param medianHeight median blob height
 * @param heightSpread standard deviation of blob heights over their mean
 * @param residual root-mean-square distance of centres from the line, over the median height
 */
record LineFit(
    double slope, double intercept, double medianHeight, double heightSpread, double residual) {

  static LineFit of(List<Blob> line) {
    int n = line.size();
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    double[] heights = new double[n];
    for (int i = 0; i < n; i++) {
      Blob b = line.get(i);
      sx += b.cx();
      sy += b.cy();
      sxx += b.cx() * b.cx();
      sxy += b.cx() * b.cy();
      heights[i] = b.h();
    }
    double denom = n * sxx - sx * sx;
    double slope = Math.abs(denom) < 1e-9 ? 0 : (n * sxy - sx * sy) / denom;
    double intercept = (sy - slope * sx) / n;
    double mean = Arrays.stream(heights).average().orElse(1);
    double var = Arrays.stream(heights).map(h -> (h - mean) * (h - mean)).average().orElse(0);
    Arrays.sort(heights);
    double median = heights[n / 2];
    double res = 0;
    for (Blob b : line) {
      double d = b.cy() - (intercept + slope * b.cx());
      res += d * d;
    }
    return new LineFit(
        slope, intercept, median, Math.sqrt(var) / mean, Math.sqrt(res / n) / median);
  }

  double yAt(double x) {
    return intercept + slope * x;
  }

  double angleDegrees() {
    return Math.toDegrees(Math.atan(slope));
  }
}
