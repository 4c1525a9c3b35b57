package org.openparcs.plate.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;
import org.opencv.ml.KNearest;
import org.opencv.ml.Ml;
import org.openparcs.plate.image.GrayImage;
import org.openparcs.plate.image.Mats;

/**
 * Reads a cleaned plate view character by character: each blob is classified by a k-nearest
 * neighbour vote over glyphs rendered from fonts at start-up. It complements Tesseract, whose
 * English model knows book type better than condensed plate lettering.
 */
public final class GlyphClassifierOcr implements PlateOcr {

  private final GlyphSettings settings;
  private final KNearest knn;
  private final ThreadLocal<GlyphFeatures> features = ThreadLocal.withInitial(GlyphFeatures::new);

  public GlyphClassifierOcr(GlyphSettings settings) {
    Mats.ensureLoaded();
    this.settings = settings;
    this.knn = train(settings);
  }

  private static KNearest train(GlyphSettings settings) {
    GlyphFeatures extractor = new GlyphFeatures();
    List<float[]> rows = new ArrayList<>();
    List<Integer> classes = new ArrayList<>();
    SyntheticGlyphs.render(
        settings,
        (c, glyph) -> {
          rows.add(extractor.of(glyph));
          classes.add(c);
        });
    Mat samples = new Mat(rows.size(), extractor.length(), CvType.CV_32F);
    Mat responses = new Mat(rows.size(), 1, CvType.CV_32S);
    for (int i = 0; i < rows.size(); i++) {
      samples.put(i, 0, rows.get(i));
      responses.put(i, 0, new int[] {classes.get(i)});
    }
    KNearest model = KNearest.create();
    model.setDefaultK(settings.neighbours());
    model.train(samples, Ml.ROW_SAMPLE, responses);
    return model;
  }

  @Override
  public OcrReading read(GrayImage plate) {
    Mat grey = Mats.toMat(plate);
    Mat ink = new Mat();
    Imgproc.threshold(grey, ink, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
    grey.release();
    List<OcrSymbol> symbols = new ArrayList<>();
    for (Rect r : glyphBoxes(ink)) {
      symbols.add(classify(ink.submat(r), r));
    }
    ink.release();
    return new OcrReading(symbols);
  }

  private OcrSymbol classify(Mat glyph, Rect box) {
    float[] f = features.get().of(glyph);
    Mat query = new Mat(1, f.length, CvType.CV_32F);
    query.put(0, 0, f);
    Mat results = new Mat();
    Mat neighbours = new Mat();
    knn.findNearest(query, settings.neighbours(), results, neighbours, new Mat());
    float[] votes = new float[settings.neighbours()];
    neighbours.get(0, 0, votes);
    int[] counts = new int[SyntheticGlyphs.CLASSES.length()];
    for (float v : votes) {
      counts[(int) v]++;
    }
    List<OcrSymbol.Choice> choices = new ArrayList<>();
    for (int c = 0; c < counts.length; c++) {
      if (counts[c] > 0) {
        choices.add(
            new OcrSymbol.Choice(
                SyntheticGlyphs.CLASSES.charAt(c), (double) counts[c] / votes.length));
      }
    }
    choices.sort(Comparator.comparingDouble(OcrSymbol.Choice::confidence).reversed());
    query.release();
    results.release();
    neighbours.release();
    return new OcrSymbol(choices, box.x, box.x + box.width);
  }

  /** Boxes of the blobs tall enough to be characters, left to right. */
  private static List<Rect> glyphBoxes(Mat ink) {
    Mat labels = new Mat();
    Mat stats = new Mat();
    Mat centroids = new Mat();
    int n = Imgproc.connectedComponentsWithStats(ink, labels, stats, centroids, 8, CvType.CV_32S);
    int[] s = new int[n * 5];
    stats.get(0, 0, s);
    labels.release();
    stats.release();
    centroids.release();
    int tallest = 0;
    for (int i = 1; i < n; i++) {
      tallest = Math.max(tallest, s[i * 5 + 3]);
    }
    List<Rect> boxes = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      if (s[i * 5 + 3] >= 0.55 * tallest && s[i * 5 + 3] >= 6) {
        boxes.add(new Rect(s[i * 5], s[i * 5 + 1], s[i * 5 + 2], s[i * 5 + 3]));
      }
    }
    boxes.sort(Comparator.comparingInt(r -> r.x));
    return boxes;
  }

  @Override
  public void close() {
    knn.clear();
  }
}
