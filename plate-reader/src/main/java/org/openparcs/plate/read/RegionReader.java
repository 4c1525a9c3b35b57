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
import org.openparcs.plate.rectify.PlateRectifier;

/** Reads one region: OCR of each view, votes across readings, ranked alternatives. */
final class RegionReader {

  private static final int MAX_TEXT = 12;
  private static final double FUSED_WEIGHT = 2.0;

  private final PlateRectifier rectifier;
  private final Engines engines;
  private final ReadSettings settings;

  RegionReader(PlateRectifier rectifier, Engines engines, ReadSettings settings) {
    this.rectifier = rectifier;
    this.engines = engines;
    this.settings = settings;
  }

  Optional<PlateCandidate> read(GrayImage frame, PlateRegion region) {
    List<GrayImage> views = rectifier.rectify(frame, region);
    if (views.isEmpty()) {
      return Optional.empty();
    }
    Map<OcrReading, Double> weights = new HashMap<>();
    List<OcrReading> readings = new ArrayList<>();
    OcrReading preferred = null;
    if (engines.cnn() != null) {
      // The grey view (last): the network wants the plate as it is, not a binarised cut.
      preferred = engines.cnn().read(views.get(views.size() - 1));
      readings.add(preferred);
      weights.put(preferred, settings.cnnWeight());
    }
    if (engines.line() != null && engines.glyph() != null) {
      OcrReading fused = readClassic(views, readings);
      if (fused != null) {
        weights.put(fused, FUSED_WEIGHT);
      }
    }
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
    List<PlateText> alternatives = alternatives(readings, weights);
    if (alternatives.isEmpty()) {
      return Optional.empty();
    }
    String text = alternatives.get(0).text();
    List<Double> confidences =
        text.equals(best.text())
            ? best.symbols().stream().map(OcrSymbol::confidence).toList()
            : Collections.nCopies(text.length(), alternatives.get(0).score());
    double confidence =
        Math.min(
            1,
            best.meanConfidence()
                * Math.sqrt(PlateSyntax.plausibility(text))
                * (0.6 + 0.4 * region.score()));
    return Optional.of(
        new PlateCandidate(text, confidences, confidence, region.plateBox(), alternatives));
  }

  /** Tesseract on the first views and the glyph classifier, fused; adds all to readings. */
  private OcrReading readClassic(List<GrayImage> views, List<OcrReading> readings) {
    List<CharFusion.ViewReading> lines = new ArrayList<>();
    for (GrayImage view : views.subList(0, Math.min(views.size(), settings.viewsPerRegion()))) {
      OcrReading line = engines.line().read(view);
      readings.add(line);
      lines.add(new CharFusion.ViewReading(line, view.width()));
    }
    OcrReading glyphs = engines.glyph().read(views.get(0));
    readings.add(glyphs);
    if (glyphs.symbols().isEmpty()) {
      return null;
    }
    OcrReading fused =
        CharFusion.fuse(
            new CharFusion.ViewReading(glyphs, views.get(0).width()), lines, settings.lineWeight());
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
  private List<PlateText> alternatives(List<OcrReading> readings, Map<OcrReading, Double> weights) {
    Map<String, Double> votes = new HashMap<>();
    Map<String, String> shown = new HashMap<>();
    for (OcrReading r : readings) {
      double weight = weights.getOrDefault(r, 1.0);
      for (NBest.Scored s : scored(r)) {
        if (s.text().length() > MAX_TEXT) {
          continue;
        }
        String key = PlateText.folded(s.text());
        double prior = PlateSyntax.plausibility(s.text()) * settings.formats().factor(s.text());
        votes.merge(key, weight * s.score() * prior, Double::sum);
        shown.putIfAbsent(key, s.text());
      }
    }
    double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
    return votes.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(settings.alternatives())
        .map(e -> new PlateText(shown.get(e.getKey()), Math.min(1, e.getValue() / total)))
        .toList();
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

  /** The OCR engines a region is read with; absent ones are null. */
  record Engines(
      org.openparcs.plate.ocr.PlateOcr cnn,
      org.openparcs.plate.ocr.PlateOcr line,
      org.openparcs.plate.ocr.PlateOcr glyph) {}
}
