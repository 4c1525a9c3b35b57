package org.openparcs.plate.read;

import org.openparcs.plate.rank.PlateFormats;

/**
 * How much work the reader spends per frame and what it reports.
 *
 * @param engines which OCR engines read each region
 * @param regionsToRead most regions, best first, handed to the OCR
 * @param viewsPerRegion most rectified views read per region by the line OCR (Tesseract)
 * @param alternatives most alternative texts reported per plate
 * @param minConfidence candidates below this overall confidence are not reported
 * @param lineWeight weight of one line-OCR view against the glyph classifier when fusing character
 *     by character
 * @param cnnWeight weight of the network's reading in the vote against each classic reading
 * @param wholeImageFallback read the whole image as one plate when no region reads as a plate (for
 *     callers that send tight plate crops)
 * @param sizeWeight how much a candidate's size counts when ranking the candidates of a frame: the
 *     confidence is multiplied by (box height / tallest box height) to this power (0: size does not
 *     count; the nearest plate is the largest, state names and slogans are smaller text, but
 *     texture at the edge of a frame can make large boxes too)
 * @param repetitionWeight factor 0..1 on the ranking of a candidate whose text is mostly one
 *     character ({@link org.openparcs.plate.rank.PlateSyntax#repetitive}: texture and railings read
 *     as {@code JJ0JJJJ} or {@code SSSS6}); 1: repetition does not count. Only the ranking uses it,
 *     not the reported confidence
 * @param formats plate formats whose texts weigh more in a region's vote of alternative texts
 *     (default: California's, at 1.5; {@link PlateFormats#NONE} for none)
 * @param thoroughRegions with the network on, how many of the regions read get every engine and
 *     every cut of the network: all regions are first read by the network on their view alone, and
 *     only the best-ranked of those quick candidates are read thoroughly (the others keep their
 *     quick candidate); {@code regionsToRead} or more: every region is read thoroughly
 */
public record ReadSettings(
    Engines engines,
    int regionsToRead,
    int viewsPerRegion,
    int alternatives,
    double minConfidence,
    double lineWeight,
    double cnnWeight,
    boolean wholeImageFallback,
    double sizeWeight,
    double repetitionWeight,
    PlateFormats formats,
    int thoroughRegions) {

  /** Which OCR engines read a region. */
  public enum Engines {
    /** The plate-line network alone. */
    CNN,
    /** The network, Tesseract and the glyph classifier, voting. */
    CNN_AND_CLASSIC,
    /** Tesseract and the glyph classifier (the reader before the network). */
    CLASSIC
  }

  /** Defaults for lane frames. */
  public static final ReadSettings DEFAULT =
      new ReadSettings(
          Engines.CNN_AND_CLASSIC,
          5,
          2,
          10,
          0.05,
          0.5,
          3.0,
          true,
          0.25,
          0.7,
          PlateFormats.CALIFORNIA,
          1);

  public ReadSettings {
    if (engines == null) {
      throw new IllegalArgumentException("engines are required");
    }
    if (regionsToRead < 1 || viewsPerRegion < 1 || alternatives < 1) {
      throw new IllegalArgumentException("need at least one region, view and alternative");
    }
    if (lineWeight < 0 || cnnWeight < 0 || sizeWeight < 0) {
      throw new IllegalArgumentException("weights must not be negative");
    }
    if (minConfidence < 0 || minConfidence > 1) {
      throw new IllegalArgumentException("minConfidence must be within 0..1: " + minConfidence);
    }
    if (formats == null) {
      throw new IllegalArgumentException("formats are required (PlateFormats.NONE for none)");
    }
    if (thoroughRegions < 1) {
      throw new IllegalArgumentException("need at least one thorough region: " + thoroughRegions);
    }
    if (!(repetitionWeight >= 0 && repetitionWeight <= 1)) {
      throw new IllegalArgumentException(
          "repetitionWeight must be within 0..1: " + repetitionWeight);
    }
  }

  /** The same settings reading up to {@code regions} regions per frame. */
  public ReadSettings withRegionsToRead(int regions) {
    return new ReadSettings(
        engines,
        regions,
        viewsPerRegion,
        alternatives,
        minConfidence,
        lineWeight,
        cnnWeight,
        wholeImageFallback,
        sizeWeight,
        repetitionWeight,
        formats,
        thoroughRegions);
  }

  /** The same settings with other engines. */
  public ReadSettings withEngines(Engines other) {
    return new ReadSettings(
        other,
        regionsToRead,
        viewsPerRegion,
        alternatives,
        minConfidence,
        lineWeight,
        cnnWeight,
        wholeImageFallback,
        sizeWeight,
        repetitionWeight,
        formats,
        thoroughRegions);
  }

  /** The same settings with another weight of the network's reading in the vote. */
  public ReadSettings withCnnWeight(double weight) {
    return new ReadSettings(
        engines,
        regionsToRead,
        viewsPerRegion,
        alternatives,
        minConfidence,
        lineWeight,
        weight,
        wholeImageFallback,
        sizeWeight,
        repetitionWeight,
        formats,
        thoroughRegions);
  }

  /** The same settings with another weight of a candidate's size in the ranking. */
  public ReadSettings withSizeWeight(double weight) {
    return new ReadSettings(
        engines,
        regionsToRead,
        viewsPerRegion,
        alternatives,
        minConfidence,
        lineWeight,
        cnnWeight,
        wholeImageFallback,
        weight,
        repetitionWeight,
        formats,
        thoroughRegions);
  }

  /** The same settings with another ranking factor for repetitive texts. */
  public ReadSettings withRepetitionWeight(double weight) {
    return new ReadSettings(
        engines,
        regionsToRead,
        viewsPerRegion,
        alternatives,
        minConfidence,
        lineWeight,
        cnnWeight,
        wholeImageFallback,
        sizeWeight,
        weight,
        formats,
        thoroughRegions);
  }

  /** The same settings with other preferred plate formats. */
  public ReadSettings withFormats(PlateFormats other) {
    return new ReadSettings(
        engines,
        regionsToRead,
        viewsPerRegion,
        alternatives,
        minConfidence,
        lineWeight,
        cnnWeight,
        wholeImageFallback,
        sizeWeight,
        repetitionWeight,
        other,
        thoroughRegions);
  }

  /** The same settings reading {@code regions} regions thoroughly after a quick pass. */
  public ReadSettings withThoroughRegions(int regions) {
    return new ReadSettings(
        engines,
        regionsToRead,
        viewsPerRegion,
        alternatives,
        minConfidence,
        lineWeight,
        cnnWeight,
        wholeImageFallback,
        sizeWeight,
        repetitionWeight,
        formats,
        regions);
  }
}
