package org.openparcs.plate.locate;

import java.util.List;
import org.openparcs.plate.PlateBox;

/** Turns a line of blobs into a scored {@link PlateRegion} with an estimated plate box. */
final class RegionBuilder {

  private RegionBuilder() {}

  static PlateRegion build(List<Blob> line, boolean darkOnLight, int frameWidth, int frameHeight) {
    LineFit fit = LineFit.of(line);
    Blob first = line.get(0);
    Blob last = line.get(line.size() - 1);
    double cos = Math.cos(Math.atan(fit.slope()));
    double span = (last.right() - first.x()) / cos;
    double cx = (first.x() + last.right()) / 2;
    double cy = fit.yAt(cx);
    double h = fit.medianHeight() * cos;
    List<PlateBox> chars =
        line.stream().map(b -> clamp(b.x(), b.y(), b.w(), b.h(), frameWidth, frameHeight)).toList();
    PlateBox plate = plateBox(cx, cy, span, h, frameWidth, frameHeight);
    return new PlateRegion(
        cx, cy, fit.angleDegrees(), h, span, chars, darkOnLight, score(line, fit), plate);
  }

  /** Plate-likeness from the character count and the regularity of the line. */
  static double score(List<Blob> line, LineFit fit) {
    int n = line.size();
    double count = n >= 5 && n <= 8 ? 1 : n == 4 || n == 9 ? 0.75 : n == 3 || n == 10 ? 0.45 : 0.2;
    double heights = Math.max(0, 1 - fit.heightSpread() / 0.25);
    double align = Math.max(0, 1 - fit.residual() / 0.25);
    return count * (0.5 + 0.5 * heights) * (0.5 + 0.5 * align);
  }

  /**
   * The whole plate around its characters: characters fill about half a US plate's height and about
   * three quarters of a long European plate's.
   */
  static PlateBox plateBox(double cx, double cy, double span, double h, int fw, int fh) {
    double width = span * 1.2 + h * 0.4;
    double height = span / h > 4.5 ? h * 1.45 : h * 2.0;
    return clamp(cx - width / 2, cy - height / 2, width, height, fw, fh);
  }

  /** Bounding box of the characters themselves. */
  static PlateBox charBox(PlateRegion r) {
    int x0 = Integer.MAX_VALUE;
    int y0 = Integer.MAX_VALUE;
    int x1 = 0;
    int y1 = 0;
    for (PlateBox b : r.chars()) {
      x0 = Math.min(x0, b.x());
      y0 = Math.min(y0, b.y());
      x1 = Math.max(x1, b.x() + b.width());
      y1 = Math.max(y1, b.y() + b.height());
    }
    return new PlateBox(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
  }

  static PlateBox clamp(double x, double y, double w, double h, int fw, int fh) {
    int x0 = (int) Math.max(0, Math.min(fw - 1, Math.floor(x)));
    int y0 = (int) Math.max(0, Math.min(fh - 1, Math.floor(y)));
    int x1 = (int) Math.max(x0 + 1, Math.min(fw, Math.ceil(x + w)));
    int y1 = (int) Math.max(y0 + 1, Math.min(fh, Math.ceil(y + h)));
    return new PlateBox(x0, y0, x1 - x0, y1 - y0);
  }
}
