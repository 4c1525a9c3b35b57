package org.openparcs.plate.rectify;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.openparcs.plate.image.GrayImage;
import org.openparcs.plate.image.Mats;
import org.openparcs.plate.locate.PlateRegion;

/**
 * Rotates and scales a region so the character line is level at a fixed height, then offers a
 * cleaned binary view (only blobs of character size on the line, black on white) and the grey view.
 */
public final class OpenCvRectifier implements PlateRectifier {

  /** Pixels of flat border allowed past the frame edge, so an edge character keeps a gap. */
  private static final double EDGE_SLACK = 4;

  /** Fewer kept characters than this do not tell where the line of characters ends. */
  private static final int MIN_CHARS_TO_CUT = 4;

  private final RectifierSettings settings;

  public OpenCvRectifier(RectifierSettings settings) {
    Mats.ensureLoaded();
    this.settings = settings;
  }

  @Override
  public List<GrayImage> rectify(GrayImage frame, PlateRegion region) {
    Mat source = Mats.toMat(frame);
    Mat grey = level(source, region);
    source.release();
    if (!region.darkOnLight()) {
      Core.bitwise_not(grey, grey);
    }
    Core.normalize(grey, grey, 0, 255, Core.NORM_MINMAX);
    CleanBinary.Cleaned cleaned = CleanBinary.of(grey, settings);
    if (cleaned == null || cleaned.chars() < settings.enoughChars()) {
      // The gaps between light characters on a dark plate also look like a line of blobs, so the
      // localiser's polarity can be wrong: try the other one.
      Mat inverted = new Mat();
      Core.bitwise_not(grey, inverted);
      CleanBinary.Cleaned other = CleanBinary.of(inverted, settings);
      if (other != null && (cleaned == null || other.chars() > cleaned.chars())) {
        if (cleaned != null) {
          cleaned.view().release();
        }
        cleaned = other;
        inverted.copyTo(grey);
      }
      inverted.release();
    }
    List<GrayImage> views = new ArrayList<>();
    Mat greyView = grey;
    if (cleaned != null) {
      Mat clean = cleaned.view();
      views.add(Mats.toImage(clean));
      views.add(Mats.toImage(widened(clean)));
      views.add(Mats.toImage(thickened(clean)));
      clean.release();
      greyView = cutToCharacters(grey, cleaned);
    }
    views.add(Mats.toImage(withMargin(greyView)));
    greyView.release();
    grey.release();
    return views;
  }

  /**
   * The grey view's columns from the first to the last character the cleaning kept, with {@link
   * RectifierSettings#greyCut()} character heights of room; the whole view when the cut is off or
   * too few characters were kept to trust their extent.
   */
  private Mat cutToCharacters(Mat grey, CleanBinary.Cleaned cleaned) {
    if (settings.greyCut() < 0 || cleaned.chars() < MIN_CHARS_TO_CUT) {
      return grey.clone();
    }
    int room = (int) Math.round(settings.greyCut() * settings.charHeight());
    int x0 = Math.max(0, cleaned.left() - room);
    int x1 = Math.min(grey.cols(), cleaned.right() + room);
    if (x1 - x0 < settings.charHeight()) {
      return grey.clone();
    }
    return grey.submat(new Rect(x0, 0, x1 - x0, grey.rows())).clone();
  }

  /** The region, level and scaled to the configured character height, with a band of context. */
  private Mat level(Mat source, PlateRegion region) {
    double scale = settings.charHeight() / region.charHeight();
    // Context beyond the frame's left and right edges holds nothing to read (tight crops).
    double half = region.span() / 2 + settings.sidePadding() * region.charHeight();
    double left = Math.max(region.centreX() - half, -EDGE_SLACK);
    double right = Math.min(region.centreX() + half, source.cols() + EDGE_SLACK);
    double centreX = (left + right) / 2;
    double centreY =
        region.centreY() + (centreX - region.centreX()) * Math.tan(Math.toRadians(region.angle()));
    int width = (int) Math.max(1, Math.round((right - left) * scale));
    int height = (int) Math.round(2.0 * settings.charHeight());
    Mat m = Imgproc.getRotationMatrix2D(new Point(centreX, centreY), region.angle(), scale);
    // Move the centre to the middle of the output.
    m.put(0, 2, m.get(0, 2)[0] + width / 2.0 - centreX);
    m.put(1, 2, m.get(1, 2)[0] + height / 2.0 - centreY);
    Mat out = new Mat();
    int interpolation = scale > 1 ? Imgproc.INTER_CUBIC : Imgproc.INTER_AREA;
    // Outside the frame, a flat mean grey: replicated edge pixels would smear a
    // character at the edge of a tight crop into a band, and the cleaning would drop it.
    Imgproc.warpAffine(
        source,
        out,
        m,
        new Size(width, height),
        interpolation,
        Core.BORDER_CONSTANT,
        background(source, region));
    m.release();
    return out;
  }

  /**
   * Plate fonts are condensed; Tesseract's English model reads them better stretched towards the
   * proportions of book type.
   */
  private Mat widened(Mat clean) {
    Mat out = new Mat();
    Imgproc.resize(
        clean,
        out,
        new Size(clean.cols() * settings.widening(), clean.rows()),
        0,
        0,
        Imgproc.INTER_LINEAR);
    Imgproc.GaussianBlur(out, out, new Size(3, 3), 0);
    return out;
  }

  /** Thin strokes from small or over-exposed plates read better a little bolder. */
  private static Mat thickened(Mat clean) {
    Mat out = new Mat();
    Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3));
    Imgproc.erode(clean, out, kernel);
    kernel.release();
    return out;
  }

  /** The mean grey around the region: flat, so the cleaning finds no ink in it. */
  private static Scalar background(Mat source, PlateRegion region) {
    return Core.mean(source.submat(around(source, region)));
  }

  private static Rect around(Mat source, PlateRegion region) {
    double half = region.span() / 2 + region.charHeight();
    int x0 = (int) Math.max(0, region.centreX() - half);
    int x1 = (int) Math.min(source.cols(), region.centreX() + half);
    int y0 = (int) Math.max(0, region.centreY() - region.charHeight());
    int y1 = (int) Math.min(source.rows(), region.centreY() + region.charHeight());
    return new Rect(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
  }

  private Mat withMargin(Mat grey) {
    int pad = (int) Math.round(settings.margin() * settings.charHeight() * 0.5);
    Mat out = new Mat();
    Core.copyMakeBorder(grey, out, pad, pad, pad, pad, Core.BORDER_REPLICATE);
    return out;
  }

  static Rect band(Mat m, double from, double to) {
    int y0 = (int) Math.max(0, Math.round(m.rows() * from));
    int y1 = (int) Math.min(m.rows(), Math.round(m.rows() * to));
    return new Rect(0, y0, m.cols(), Math.max(1, y1 - y0));
  }

  static Mat white(int rows, int cols) {
    return new Mat(rows, cols, CvType.CV_8UC1, new Scalar(255));
  }
}
