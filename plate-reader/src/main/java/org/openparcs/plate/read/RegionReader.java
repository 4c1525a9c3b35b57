package org.openparcs.plate.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openparcs.plate.PlateCandidate;
import org.openparcs.plate.PlateText;
import org.openparcs.plate.image.GrayImage;
import org.openparcs.plate.locate.PlateRegion;
import org.openparcs.plate.ocr.CtcDecoder;
import org.openparcs.plate.ocr.OcrReading;
import org.openparcs.plate.ocr.OcrSymbol;
import org.openparcs.plate.rank.NBest;
import org.openparcs.plate.rank.PlateSyntax;
import org.openparcs.plate.read.StageTimer.Stage;
import org.openparcs.plate.rectify.PlateRectifier;

/** Reads one region: OCR of each view, votes across readings, ranked alternatives. */
final class RegionReader {

  private static final int MAX_TEXT = 12;
  private static final double FUSED_WEIGHT = 2.0;

  private final PlateRectifier rectifier;
  private final Engines engines;
  private final ReadSettings settings;
  private final StageTimer timer;

  RegionReader(PlateRectifier rectifier, Engines engines, ReadSettings settings, StageTimer timer) {
    this.rectifier = rectifier;
    this.engines = engines;
    this.settings = settings;
    this.timer = timer;
  }

  /**
   * A region cut out and levelled.
   *
   * @param region the region
   * @param views the rectifier's views, the grey one last
   */
  record Rectified(PlateRegion region, List<GrayImage> views) {

    /** The grey view: the network wants the plate as it is, not a binarised cut. */
    GrayImage grey() {
      return views.get(views.size() - 1);
    }
  }

  /** The region cut out and levelled; empty when it cannot be. */
  Optional<Rectified> rectify(GrayImage frame, PlateRegion region) {
    List<GrayImage> views = timer.time(Stage.RECTIFY, () -> rectifier.rectify(frame, region));
    return views.isEmpty() ? Optional.empty() : Optional.of(new Rectified(region, views));
  }

  /** The candidate of the network's quick reading alone (the network must be on). */
  Optional<Read> quick(Rectified r) {
    OcrReading quick = timer.time(Stage.CNN, () -> engines.cnn().readQuickly(r.grey()));
    List<OcrReading> readings = new ArrayList<>(List.of(quick));
    Map<OcrReading, Double> weights = new HashMap<>(Map.of(quick, settings.cnnWeight()));
    return timer.time(Stage.RANK, () -> vote(r.region(), readings, weights, quick));
  }

  /** The candidate every engine gives, the network on every cut. */
  Optional<Read> thorough(Rectified r) {
    List<GrayImage> views = r.views();
    Map<OcrReading, Double> weights = new HashMap<>();
    List<OcrReading> readings = new ArrayList<>();
    OcrReading preferred = null;
    if (engines.cnn() != null) {
      preferred = timer.time(Stage.CNN, () -> engines.cnn().read(r.grey()));
      readings.add(preferred);
      weights.put(preferred, settings.cnnWeight());
    }
    if (engines.line() != null && engines.glyph() != null) {
      OcrReading fused = readClassic(views, readings);
      if (fused != null) {
        weights.put(fused, FUSED_WEIGHT);
      }
    }
    OcrReading cnnReading = preferred;
    return timer.time(Stage.RANK, () -> vote(r.region(), readings, weights, cnnReading));
  }

  /** Every engine on one region. */
  Optional<Read> read(GrayImage frame, PlateRegion region) {
    return rectify(frame, region).flatMap(this::thorough);
  }

  private Optional<Read> vote(
      PlateRegion region,
      List<OcrReading> readings,
      Map<OcrReading, Double> weights,
      OcrReading preferred) {
    readings.removeIf(r -> r.symbols().isEmpty() || r.text().length() > MAX_TEXT);
    if (readings.isEmpty()) {
      return Optional.empty();
    }
    OcrReading best =
        readings.stream().max(Comparator.comparingDouble(RegionReader::quality)).get();
    if (preferred != null && readings.contains(preferred)) {
      best = preferred;
    } else if (weights.isEmpty()) {
      // Classic engines without a fused reading: the best view's reading leads the vote.
      weights.put(best, FUSED_WEIGHT);
    }
    TextVote vote = alternatives(readings, weights);
    List<PlateText> alternatives = vote.ranked(settings.alternatives());
    if (alternatives.isEmpty()) {
      return Optional.empty();
    }
    String text = alternatives.get(0).text();
    List<Double> confidences =
        text.equals(best.text())
            ? best.symbols().stream().map(OcrSymbol::confidence).toList()
            : Collections.nCopies(text.length(), alternatives.get(0).score());
    double ranking =
        Math.min(
            1,
            best.meanConfidence()
                * Math.sqrt(PlateSyntax.plausibility(text))
                * (0.6 + 0.4 * region.score()));
    // The formats may choose the text, never raise its reported confidence: a text first only
    // through them is as confident as its share of the readings' own evidence. The ranking
    // across candidates keeps the formats' preference.
    double confidence = ranking * vote.evidenceShare(text);
    return Optional.of(
        new Read(
            new PlateCandidate(text, confidences, confidence, region.plateBox(), alternatives),
            ranking));
  }

  /** Tesseract on the first views and the glyph classifier, fused; adds all to readings. */
  private OcrReading readClassic(List<GrayImage> views, List<OcrReading> readings) {
    List<CharFusion.ViewReading> lines = new ArrayList<>();
    for (GrayImage view : views.subList(0, Math.min(views.size(), settings.viewsPerRegion()))) {
      OcrReading line = timer.time(Stage.TESSERACT, () -> engines.line().read(view));
      readings.add(line);
      lines.add(new CharFusion.ViewReading(line, view.width()));
    }
    OcrReading glyphs = timer.time(Stage.GLYPHS, () -> engines.glyph().read(views.get(0)));
    readings.add(glyphs);
    if (glyphs.symbols().isEmpty()) {
      return null;
    }
    OcrReading fused =
        timer.time(
            Stage.RANK,
            () ->
                CharFusion.fuse(
                    new CharFusion.ViewReading(glyphs, views.get(0).width()),
                    lines,
                    settings.lineWeight()));
    readings.add(fused);
    return fused;
  }

  static double quality(OcrReading r) {
    return r.meanConfidence() * PlateSyntax.plausibility(r.text());
  }

  /**
   * Alternatives of every reading, votes summed per folded text, weighted by plausibility and the
   * site's plate formats.
   */
  private TextVote alternatives(List<OcrReading> readings, Map<OcrReading, Double> weights) {
    TextVote vote = new TextVote(settings.formats());
    for (OcrReading r : readings) {
      double weight = weights.getOrDefault(r, 1.0);
      for (NBest.Scored s : scored(r)) {
        if (s.text().length() <= MAX_TEXT) {
          vote.add(s.text(), weight * s.score());
        }
      }
    }
    return vote;
  }

  /** Whole-text alternatives when the OCR scored texts, else a beam over its characters. */
  private List<NBest.Scored> scored(OcrReading r) {
    if (r.texts().isEmpty()) {
      return NBest.of(r.symbols(), settings.alternatives());
    }
    List<NBest.Scored> out = new ArrayList<>();
    for (CtcDecoder.Text t : r.texts()) {
      out.add(new NBest.Scored(t.text(), t.probability()));
    }
    return NBest.distinctFolded(out, settings.alternatives());
  }

  /**
   * A region's candidate and the confidence it is ranked by against the frame's other candidates:
   * the reported one before the formats' share is taken out of it (ranking only).
   */
  record Read(PlateCandidate candidate, double rankConfidence) {}

  /** The OCR engines a region is read with; absent ones are null. */
  record Engines(
      org.openparcs.plate.ocr.PlateOcr cnn,
      org.openparcs.plate.ocr.PlateOcr line,
      org.openparcs.plate.ocr.PlateOcr glyph) {}
}
