package org.openparcs.plate.locate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.openparcs.plate.PlateBox;
import org.openparcs.plate.image.GrayImage;
import org.openparcs.plate.image.Mats;

/**
 * Finds plates as lines of character-like blobs: adaptive thresholding in both polarities on an
 * image pyramid, connected components filtered by character shape, then chained into lines. It
 * needs no plate border, so it copes with scenes and with tight crops alike.
 */
public final class CharBlobLocaliser implements PlateLocaliser {

  private final LocaliserSettings settings;

  public CharBlobLocaliser(LocaliserSettings settings) {
    Mats.ensureLoaded();
    this.settings = settings;
  }

  @Override
  public List<PlateRegion> locate(GrayImage frame) {
    Mat full = Mats.toMat(frame);
    List<PlateRegion> regions = new ArrayList<>();
    for (double scale = 1;
        frame.height() / scale >= 4 * settings.minCharHeight();
        scale *= settings.levelStep()) {
      Mat level = full;
      if (scale > 1) {
        level = new Mat();
        Size size = new Size(Math.round(frame.width() / scale), Math.round(frame.height() / scale));
        Imgproc.resize(full, level, size, 0, 0, Imgproc.INTER_AREA);
      }
      double maxH = Math.min(settings.levelMaxCharHeight(), level.rows() * 0.95);
      for (boolean darkOnLight : new boolean[] {true, false}) {
        regions.addAll(linesAt(level, scale, darkOnLight, maxH, frame));
      }
      if (level != full) {
        level.release();
      }
    }
    full.release();
    return suppressOverlaps(regions);
  }

  private List<PlateRegion> linesAt(
      Mat level, double scale, boolean darkOnLight, double maxH, GrayImage frame) {
    Mat binary = new Mat();
    int type = darkOnLight ? Imgproc.THRESH_BINARY_INV : Imgproc.THRESH_BINARY;
    Imgproc.adaptiveThreshold(
        level,
        binary,
        255,
        Imgproc.ADAPTIVE_THRESH_MEAN_C,
        type,
        settings.blockSize(),
        settings.thresholdOffset());
    List<Blob> blobs = BlobFinder.find(binary, settings.minCharHeight(), maxH, settings.shape());
    if (darkOnLight) {
      // Characters touching a plate frame vanish into one big component; cut long horizontal
      // strokes and look again.
      Lines.removeHorizontal(binary, (int) Math.round(maxH * 0.8));
      blobs = new ArrayList<>(blobs);
      addNew(blobs, BlobFinder.find(binary, settings.minCharHeight(), maxH, settings.shape()));
    }
    List<List<Blob>> lines = new ArrayList<>(CharLines.group(blobs, settings.lines()));
    if (darkOnLight && settings.erodeSize() > 0) {
      lines.addAll(erodedLines(binary, maxH, lines));
    }
    binary.release();
    List<PlateRegion> out = new ArrayList<>();
    for (List<Blob> line : lines) {
      List<Blob> full = line.stream().map(b -> b.scaled(scale)).toList();
      out.add(RegionBuilder.build(full, darkOnLight, frame.width(), frame.height()));
    }
    return out;
  }

  /**
   * Characters glued to each other or to the plate frame by blur form one blob of no character
   * shape: thin the ink (in place) and chain what comes apart. An eroded line is kept only where no
   * line found before overlaps it with as many characters, so plates read well before keep their
   * blobs.
   */
  private List<List<Blob>> erodedLines(Mat binary, double maxH, List<List<Blob>> found) {
    int k = settings.erodeSize();
    Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(k, k));
    Imgproc.erode(binary, binary, kernel);
    kernel.release();
    List<Blob> thin = new ArrayList<>();
    for (Blob b : BlobFinder.find(binary, settings.minCharHeight(), maxH, settings.shape())) {
      // grow back what the erosion took from each side
      double x = Math.max(0, b.x() - k / 2);
      double y = Math.max(0, b.y() - k / 2);
      thin.add(new Blob(x, y, b.w() + k - 1, b.h() + k - 1, b.area()));
    }
    List<List<Blob>> out = new ArrayList<>();
    for (List<Blob> line : CharLines.group(thin, settings.lines())) {
      PlateBox box = blobBox(line);
      if (found.stream()
          .noneMatch(o -> o.size() >= line.size() && overlapShare(blobBox(o), box) > 0.5)) {
        out.add(line);
      }
    }
    return out;
  }

  private static PlateBox blobBox(List<Blob> line) {
    double x0 = Double.MAX_VALUE;
    double y0 = Double.MAX_VALUE;
    double x1 = 0;
    double y1 = 0;
    for (Blob b : line) {
      x0 = Math.min(x0, b.x());
      y0 = Math.min(y0, b.y());
      x1 = Math.max(x1, b.right());
      y1 = Math.max(y1, b.bottom());
    }
    int left = (int) Math.max(0, x0);
    int top = (int) Math.max(0, y0);
    return new PlateBox(left, top, (int) Math.max(1, x1 - left), (int) Math.max(1, y1 - top));
  }

  /** Adds the found blobs that are not already there nor overlap one that is. */
  private static void addNew(List<Blob> blobs, List<Blob> found) {
    java.util.Set<Blob> seen = new java.util.HashSet<>(blobs);
    for (Blob b : found) {
      if (!seen.contains(b) && blobs.stream().noneMatch(o -> overlapping(o, b))) {
        blobs.add(b);
      }
    }
  }

  private static boolean overlapping(Blob a, Blob b) {
    double ix = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
    double iy = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
    return ix > 0 && iy > 0 && ix * iy > 0.5 * Math.min(a.w() * a.h(), b.w() * b.h());
  }

  private List<PlateRegion> suppressOverlaps(List<PlateRegion> regions) {
    List<PlateRegion> sorted = new ArrayList<>(regions);
    sorted.sort(Comparator.comparingDouble(PlateRegion::score).reversed());
    List<PlateRegion> kept = new ArrayList<>();
    for (PlateRegion r : sorted) {
      PlateBox box = RegionBuilder.charBox(r);
      boolean overlaps =
          kept.stream().anyMatch(k -> overlapShare(RegionBuilder.charBox(k), box) > 0.5);
      if (!overlaps) {
        kept.add(r);
        if (kept.size() == settings.maxRegions()) {
          break;
        }
      }
    }
    return kept;
  }

  /** Intersection over the smaller box, so a line inside a larger one counts as overlapping. */
  private static double overlapShare(PlateBox a, PlateBox b) {
    int ix = Math.max(0, Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x()));
    int iy = Math.max(0, Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y()));
    double smaller = Math.min((double) a.width() * a.height(), (double) b.width() * b.height());
    return smaller <= 0 ? 0 : ix * iy / smaller;
  }
}
