package org.openparcs.plate.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openparcs.plate.PlateCandidate;
import org.openparcs.plate.PlateText;
import org.openparcs.plate.image.GrayImage;
import org.openparcs.plate.locate.PlateRegion;
import org.openparcs.plate.ocr.OcrReading;
import org.openparcs.plate.ocr.OcrSymbol;
import org.openparcs.plate.ocr.PlateOcr;
import org.openparcs.plate.rank.NBest;
import org.openparcs.plate.rank.PlateSyntax;
import org.openparcs.plate.rectify.PlateRectifier;

/** Reads one region: OCR of each view, votes across views, ranked alternatives. */
final class RegionReader {

  private static final int MAX_TEXT = 12;
  private static final double FUSED_WEIGHT = 2.0;

  private final PlateRectifier rectifier;
  private final PlateOcr lineOcr;
  private final PlateOcr glyphOcr;
  private final ReadSettings settings;

  RegionReader(
      PlateRectifier rectifier, PlateOcr lineOcr, PlateOcr glyphOcr, ReadSettings settings) {
    this.rectifier = rectifier;
    this.lineOcr = lineOcr;
    this.glyphOcr = glyphOcr;
    this.settings = settings;
  }

  Optional<PlateCandidate> read(GrayImage frame, PlateRegion region) {
    List<GrayImage> views = rectifier.rectify(frame, region);
    List<OcrReading> readings = new ArrayList<>();
    if (views.isEmpty()) {
      return Optional.empty();
    }
    List<CharFusion.ViewReading> lines = new ArrayList<>();
    for (GrayImage view : views.subList(0, Math.min(views.size(), settings.viewsPerRegion()))) {
      OcrReading line = lineOcr.read(view);
      readings.add(line);
      lines.add(new CharFusion.ViewReading(line, view.width()));
    }
    OcrReading glyphs = glyphOcr.read(views.get(0));
    readings.add(glyphs);
    OcrReading fused = null;
    if (!glyphs.symbols().isEmpty()) {
      fused =
          CharFusion.fuse(
              new CharFusion.ViewReading(glyphs, views.get(0).width()),
              lines,
              settings.lineWeight());
      readings.add(fused);
    }
    readings.removeIf(r -> r.symbols().isEmpty());
    readings.removeIf(r -> r.text().length() > MAX_TEXT);
    if (readings.isEmpty()) {
      return Optional.empty();
    }
    OcrReading best =
        readings.stream().max(Comparator.comparingDouble(RegionReader::quality)).get();
    List<PlateText> alternatives = alternatives(fused != null ? fused : best, readings);
    if (alternatives.isEmpty()) {
      return Optional.empty();
    }
    String text = alternatives.get(0).text();
    List<Double> confidences =
        text.equals(best.text())
            ? best.symbols().stream().map(OcrSymbol::confidence).toList()
            : java.util.Collections.nCopies(text.length(), alternatives.get(0).score());
    double confidence =
        Math.min(
            1,
            best.meanConfidence()
                * Math.sqrt(PlateSyntax.plausibility(text))
                * (0.6 + 0.4 * region.score()));
    return Optional.of(
        new PlateCandidate(text, confidences, confidence, region.plateBox(), alternatives));
  }

  static double quality(OcrReading r) {
    return r.meanConfidence() * PlateSyntax.plausibility(r.text());
  }

  /** Alternatives of every view, votes summed per folded text, weighted by plausibility. */
  private List<PlateText> alternatives(OcrReading best, List<OcrReading> readings) {
    Map<String, Double> votes = new HashMap<>();
    Map<String, String> shown = new HashMap<>();
    for (OcrReading r : readings) {
      double weight = r == best ? FUSED_WEIGHT : 1.0;
      for (NBest.Scored s : NBest.of(r.symbols(), settings.alternatives())) {
        if (s.text().length() > MAX_TEXT) {
          continue;
        }
        String key = PlateText.folded(s.text());
        votes.merge(key, weight * s.score() * PlateSyntax.plausibility(s.text()), Double::sum);
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
}
