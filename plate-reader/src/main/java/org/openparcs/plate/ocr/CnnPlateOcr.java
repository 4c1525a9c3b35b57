package org.openparcs.plate.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;
import org.opencv.imgproc.Imgproc;
import org.openparcs.plate.image.GrayImage;
import org.openparcs.plate.image.Mats;

/**
 * Reads a whole plate line with a small convolutional network trained with CTC on rendered plates
 * (no character segmentation, so touching characters, frames and uneven spacing do not split or
 * merge characters). Runs the ONNX model with OpenCV's DNN module, one network per worker thread (a
 * {@link Net} is not safe for concurrent use).
 */
public final class CnnPlateOcr implements PlateOcr {

  private final CnnSettings settings;
  private final byte[] model;
  private final Map<Thread, Net> nets = new ConcurrentHashMap<>();
  private final ThreadLocal<Net> perThread = ThreadLocal.withInitial(this::newNet);
  private volatile boolean closed;

  public CnnPlateOcr(CnnSettings settings) {
    Mats.ensureLoaded();
    this.settings = settings;
    this.model = modelBytes(settings);
    // Fail at construction, not on the first frame, when the model does not load.
    perThread.get();
  }

  @Override
  public OcrReading read(GrayImage plate) {
    return read(plate, settings.variants());
  }

  /** The view itself only, no other cuts. */
  @Override
  public OcrReading readQuickly(GrayImage plate) {
    return read(plate, 1);
  }

  private OcrReading read(GrayImage plate, int variants) {
    if (closed) {
      throw new IllegalStateException("the OCR was closed");
    }
    float[][] probs = columnProbabilities(plate);
    double columnWidth = (double) plate.width() / probs.length;
    List<OcrSymbol> symbols = CtcDecoder.greedy(probs, settings.choicesPerChar(), columnWidth);
    if (settings.beamWidth() <= 1) {
      return new OcrReading(symbols, List.of());
    }
    List<CtcDecoder.Text> texts = CtcDecoder.beam(probs, settings.beamWidth());
    if (variants == 1) {
      return new OcrReading(symbols, texts);
    }
    // Test-time cuts: each reads the same characters with other context and scale; a text that
    // only one cut sees (an emblem read as a letter, a frame edge as an I) loses weight.
    Map<String, Double> sum = new HashMap<>();
    texts.forEach(t -> sum.merge(t.text(), t.probability(), Double::sum));
    List<GrayImage> cuts = variants(plate);
    for (GrayImage cut : cuts) {
      CtcDecoder.beam(columnProbabilities(cut), settings.beamWidth())
          .forEach(t -> sum.merge(t.text(), t.probability(), Double::sum));
    }
    int n = cuts.size() + 1;
    List<CtcDecoder.Text> averaged =
        sum.entrySet().stream()
            .map(e -> new CtcDecoder.Text(e.getKey(), e.getValue() / n))
            .sorted(Comparator.comparingDouble(CtcDecoder.Text::probability).reversed())
            .limit(settings.beamWidth())
            .toList();
    return new OcrReading(symbols, averaged);
  }

  /**
   * The other cuts of a view, as many as the settings ask for beyond the view itself, in this
   * order: the middle 70 % of the rows (the rectifier's views are about 2.5 character heights high,
   * so the characters keep room); the view with 0.2 view heights cut from each end; both cuts at
   * once; the middle 56 % of the rows (characters fill about 70 % of the height).
   */
  private List<GrayImage> variants(GrayImage plate) {
    int h = plate.height();
    int w = plate.width();
    int band = (int) Math.round(h * 0.15);
    int narrow = (int) Math.round(h * 0.22);
    int side = w - 2 * Math.round(h * 0.2f) >= h ? Math.round(h * 0.2f) : 0;
    int[][] cuts = {
      {0, band, w, h - 2 * band},
      {side, 0, w - 2 * side, h},
      {side, band, w - 2 * side, h - 2 * band},
      {0, narrow, w, h - 2 * narrow}
    };
    List<GrayImage> out = new ArrayList<>();
    for (int[] c : cuts) {
      if (out.size() == settings.variants() - 1) {
        break;
      }
      out.add(crop(plate, c[0], c[1], c[2], c[3]));
    }
    return out;
  }

  private static GrayImage crop(GrayImage image, int x, int y, int width, int height) {
    byte[] pixels = new byte[width * height];
    for (int row = 0; row < height; row++) {
      System.arraycopy(image.pixels(), (y + row) * image.width() + x, pixels, row * width, width);
    }
    return new GrayImage(width, height, pixels);
  }

  /** Softmax scores per output column, [column][class]. */
  float[][] columnProbabilities(GrayImage plate) {
    Mat input = Mats.toMat(plate);
    Mat resized = new Mat();
    Size size = new Size(settings.inputWidth(), settings.inputHeight());
    boolean shrinking = plate.width() > size.width && plate.height() > size.height;
    Imgproc.resize(
        input, resized, size, 0, 0, shrinking ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR);
    input.release();
    Mat scaled = new Mat();
    resized.convertTo(scaled, CvType.CV_32F, 1.0 / 255);
    resized.release();
    standardise(scaled);
    Mat blob = Dnn.blobFromImage(scaled);
    scaled.release();
    Net net = perThread.get();
    net.setInput(blob);
    Mat out = net.forward();
    blob.release();
    int classes = out.size(1);
    int columns = (int) (out.total() / classes);
    Mat flat = out.reshape(1, classes);
    float[] raw = new float[classes * columns];
    flat.get(0, 0, raw);
    out.release();
    return softmax(raw, classes, columns);
  }

  /** Zero mean and unit deviation per image, as in training: exposure and contrast vary widely. */
  private static void standardise(Mat m) {
    MatOfDouble mean = new MatOfDouble();
    MatOfDouble std = new MatOfDouble();
    Core.meanStdDev(m, mean, std);
    double mu = mean.get(0, 0)[0];
    double sigma = std.get(0, 0)[0] + 1.0 / 255;
    m.convertTo(m, CvType.CV_32F, 1 / sigma, -mu / sigma);
  }

  private static float[][] softmax(float[] raw, int classes, int columns) {
    float[][] p = new float[columns][classes];
    for (int t = 0; t < columns; t++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < classes; k++) {
        max = Math.max(max, raw[k * columns + t]);
      }
      double sum = 0;
      for (int k = 0; k < classes; k++) {
        double e = Math.exp(raw[k * columns + t] - max);
        p[t][k] = (float) e;
        sum += e;
      }
      for (int k = 0; k < classes; k++) {
        p[t][k] /= (float) sum;
      }
    }
    return p;
  }

  private Net newNet() {
    MatOfByte buffer = new MatOfByte(model);
    Net net = Dnn.readNetFromONNX(buffer);
    buffer.release();
    net.setPreferableBackend(Dnn.DNN_BACKEND_OPENCV);
    net.setPreferableTarget(Dnn.DNN_TARGET_CPU);
    nets.put(Thread.currentThread(), net);
    return net;
  }

  private static byte[] modelBytes(CnnSettings settings) {
    try {
      if (settings.modelFile() != null) {
        return Files.readAllBytes(settings.modelFile());
      }
      try (InputStream in = CnnPlateOcr.class.getResourceAsStream(CnnSettings.BUNDLED_MODEL)) {
        if (in == null) {
          throw new IllegalStateException("bundled model missing: " + CnnSettings.BUNDLED_MODEL);
        }
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the plate-line model", e);
    }
  }

  /** Drops every network; their native memory goes with them. */
  @Override
  public void close() {
    closed = true;
    nets.clear();
  }
}
