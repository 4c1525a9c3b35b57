package org.openparcs.controller.camera.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openparcs.controller.camera.application.ReadPlates;
import org.openparcs.controller.camera.model.PlateScan;
import org.openparcs.controller.camera.model.ScannedPlate;
import org.openparcs.controller.plate.model.PlateBox;
import org.openparcs.plate.PlateCandidate;
import org.openparcs.plate.PlateReader;
import org.openparcs.plate.PlateReading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our plate reader ({@code plate-reader} module) behind the port: its best candidate becomes the
 * frame's plate. The reader is thread-safe and keeps one OCR engine per worker thread. Each read is
 * timed as {@code parcs.ocr.time{outcome=plate|no_plate|refused}} (issue 9's OCR time metric).
 */
final class ReaderPlates implements ReadPlates, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ReaderPlates.class);

  private final Supplier<PlateReader> factory;
  private final double minConfidence;
  private final MeterRegistry metrics;
  private volatile PlateReader reader;

  /** The reader is built on the first frame: it loads natives and trains its glyph classifier. */
  ReaderPlates(Supplier<PlateReader> factory, double minConfidence, MeterRegistry metrics) {
    this.factory = factory;
    this.minConfidence = minConfidence;
    this.metrics = metrics;
  }

  private PlateReader reader() {
    PlateReader r = reader;
    if (r == null) {
      synchronized (this) {
        if (reader == null) {
          reader = factory.get();
        }
        r = reader;
      }
    }
    return r;
  }

  @Override
  public PlateScan read(byte[] jpeg) {
    long start = System.nanoTime();
    PlateReading reading = reader().read(jpeg);
    long nanos = System.nanoTime() - start;
    if (LOG.isDebugEnabled()) {
      LOG.debug("Read a frame in {} ms: {}", nanos / 1_000_000, reading);
    }
    PlateScan scan = scan(reading);
    String outcome =
        reading instanceof PlateReading.Rejected
            ? "refused"
            : scan.plate().isPresent() ? "plate" : "no_plate";
    Timer.builder("parcs.ocr.time")
        .description("plate reader time per frame: localisation, rectification and OCR")
        .tag("outcome", outcome)
        .publishPercentileHistogram()
        .register(metrics)
        .record(nanos, TimeUnit.NANOSECONDS);
    return scan;
  }

  private PlateScan scan(PlateReading reading) {
    if (reading instanceof PlateReading.Rejected rejected) {
      return PlateScan.refused(rejected.reason() + ": " + rejected.message());
    }
    PlateReading.Plates plates = (PlateReading.Plates) reading;
    return plates
        .best()
        .filter(c -> c.confidence() >= minConfidence)
        .map(ReaderPlates::scanned)
        .map(PlateScan::found)
        .orElseGet(PlateScan::noPlate);
  }

  private static ScannedPlate scanned(PlateCandidate c) {
    return new ScannedPlate(
        c.text(),
        c.charConfidences(),
        c.confidence(),
        new PlateBox(
            Math.max(0, c.box().x()),
            Math.max(0, c.box().y()),
            Math.max(1, c.box().width()),
            Math.max(1, c.box().height())));
  }

  @Override
  public synchronized void close() {
    if (reader != null) {
      reader.close();
    }
  }
}
