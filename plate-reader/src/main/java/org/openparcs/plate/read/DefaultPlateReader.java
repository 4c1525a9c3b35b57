package org.openparcs.plate.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openparcs.plate.PlateBox;
import org.openparcs.plate.PlateCandidate;
import org.openparcs.plate.PlateReader;
import org.openparcs.plate.PlateReading;
import org.openparcs.plate.image.FrameDecoder;
import org.openparcs.plate.image.GrayImage;
import org.openparcs.plate.locate.PlateLocaliser;
import org.openparcs.plate.locate.PlateRegion;
import org.openparcs.plate.ocr.PlateOcr;
import org.openparcs.plate.rank.PlateSyntax;
import org.openparcs.plate.read.StageTimer.Stage;
import org.openparcs.plate.rectify.PlateRectifier;

/**
 * Decode, locate, rectify, read, rank: the stages composed, each replaceable. The plate-line
 * network ({@code cnnOcr}) and the classic pair (line OCR and glyph classifier) are each optional,
 * not both.
 */
public final class DefaultPlateReader implements PlateReader {

  private final FrameDecoder decoder;
  private final PlateLocaliser localiser;
  private final RegionReader.Engines engines;
  private final ReadSettings settings;
  private final RegionReader regionReader;
  private final StageTimer timer;

  public DefaultPlateReader(
      FrameDecoder decoder,
      PlateLocaliser localiser,
      PlateRectifier rectifier,
      PlateOcr cnnOcr,
      PlateOcr lineOcr,
      PlateOcr glyphOcr,
      ReadSettings settings) {
    this(decoder, localiser, rectifier, cnnOcr, lineOcr, glyphOcr, settings, StageTimer.NONE);
  }

  /** A reader that runs each stage through {@code timer}. */
  public DefaultPlateReader(
      FrameDecoder decoder,
      PlateLocaliser localiser,
      PlateRectifier rectifier,
      PlateOcr cnnOcr,
      PlateOcr lineOcr,
      PlateOcr glyphOcr,
      ReadSettings settings,
      StageTimer timer) {
    if (cnnOcr == null && (lineOcr == null || glyphOcr == null)) {
      throw new IllegalArgumentException("need the network or both classic OCRs");
    }
    this.decoder = decoder;
    this.localiser = localiser;
    this.engines = new RegionReader.Engines(cnnOcr, lineOcr, glyphOcr);
    this.settings = settings;
    this.timer = timer;
    this.regionReader = new RegionReader(rectifier, engines, settings, timer);
  }

  @Override
  public PlateReading read(byte[] encoded) {
    FrameDecoder.Decoded decoded = timer.time(Stage.DECODE, () -> decoder.decode(encoded));
    if (decoded instanceof FrameDecoder.Refused refused) {
      return refused.rejection();
    }
    return search(((FrameDecoder.Frame) decoded).image());
  }

  private PlateReading search(GrayImage frame) {
    List<PlateRegion> regions = timer.time(Stage.LOCATE, () -> localiser.locate(frame));
    List<RegionReader.Rectified> rectified = new ArrayList<>();
    for (PlateRegion region :
        regions.subList(0, Math.min(regions.size(), settings.regionsToRead()))) {
      regionReader.rectify(frame, region).ifPresent(rectified::add);
    }
    List<RegionReader.Read> found = readRegions(rectified);
    boolean plausible = found.stream().anyMatch(r -> r.candidate().text().length() >= 5);
    if (settings.wholeImageFallback() && !plausible) {
      regionReader.read(frame, wholeImage(frame)).ifPresent(found::add);
    }
    return timer.time(Stage.RANK, () -> rank(found, frame));
  }

  /**
   * Every engine on every region; or, when fewer thorough reads are asked for and the network is
   * on, the network's quick reading on every region and every engine only on the regions whose
   * quick candidates rank best (the others keep their quick candidate).
   */
  private List<RegionReader.Read> readRegions(List<RegionReader.Rectified> rectified) {
    List<RegionReader.Read> found = new ArrayList<>();
    if (engines.cnn() == null || settings.thoroughRegions() >= rectified.size()) {
      rectified.forEach(r -> regionReader.thorough(r).ifPresent(found::add));
      return found;
    }
    List<Optional<RegionReader.Read>> quick = rectified.stream().map(regionReader::quick).toList();
    double tallest = tallest(quick.stream().flatMap(Optional::stream).toList());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < rectified.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparingDouble(
                (Integer i) -> quick.get(i).map(c -> rankScore(c, tallest)).orElse(-1.0))
            .reversed());
    for (int k = 0; k < order.size(); k++) {
      int i = order.get(k);
      Optional<RegionReader.Read> candidate =
          k < settings.thoroughRegions() ? regionReader.thorough(rectified.get(i)) : quick.get(i);
      candidate.ifPresent(found::add);
    }
    return found;
  }

  private PlateReading rank(List<RegionReader.Read> found, GrayImage frame) {
    double tallest = tallest(found);
    List<PlateCandidate> ranked =
        found.stream()
            .filter(r -> r.candidate().confidence() >= settings.minConfidence())
            .sorted(
                Comparator.comparingDouble((RegionReader.Read r) -> rankScore(r, tallest))
                    .reversed())
            .map(RegionReader.Read::candidate)
            .toList();
    return new PlateReading.Plates(dropDuplicates(ranked), frame.width(), frame.height());
  }

  private static double tallest(List<RegionReader.Read> reads) {
    return reads.stream().mapToInt(r -> r.candidate().box().height()).max().orElse(1);
  }

  /**
   * The plate of the nearest vehicle is the largest; state names and slogans are smaller text;
   * texture reads as one character repeated.
   */
  private double rankScore(RegionReader.Read r, double tallest) {
    PlateCandidate c = r.candidate();
    return r.rankConfidence()
        * Math.pow(c.box().height() / tallest, settings.sizeWeight())
        * (PlateSyntax.repetitive(c.text()) ? settings.repetitionWeight() : 1);
  }

  /** The whole image taken as one plate line, for callers that send tight crops. */
  private static PlateRegion wholeImage(GrayImage frame) {
    double h = frame.height() / 2.0;
    return new PlateRegion(
        frame.width() / 2.0,
        frame.height() / 2.0,
        0,
        h,
        Math.max(1, frame.width() - 1.6 * h),
        List.of(),
        true,
        0.3,
        new PlateBox(0, 0, frame.width(), frame.height()));
  }

  /** The same plate may be found twice (two lines of one plate); keep the more confident. */
  private static List<PlateCandidate> dropDuplicates(List<PlateCandidate> ranked) {
    List<PlateCandidate> kept = new ArrayList<>();
    for (PlateCandidate c : ranked) {
      Optional<PlateCandidate> same =
          kept.stream().filter(k -> k.text().equals(c.text())).findFirst();
      if (same.isEmpty()) {
        kept.add(c);
      }
    }
    return kept;
  }

  @Override
  public void close() {
    for (PlateOcr ocr : new PlateOcr[] {engines.cnn(), engines.line(), engines.glyph()}) {
      if (ocr != null) {
        ocr.close();
      }
    }
  }
}
