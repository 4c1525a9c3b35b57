package org.openparcs.plate.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
    if (closed) {
      throw new IllegalStateException("the OCR was closed");
    }
    float[][] probs = columnProbabilities(plate);
    double columnWidth = (double) plate.width() / probs.length;
    List<OcrSymbol> symbols = CtcDecoder.greedy(probs, settings.choicesPerChar(), columnWidth);
    List<CtcDecoder.Text> texts =
        settings.beamWidth() > 1 ? CtcDecoder.beam(probs, settings.beamWidth()) : List.of();
    return new OcrReading(symbols, texts);
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
