package org.openparcs.plate.ocr;

import java.util.List;

/**
 * Settings of the glyph classifier, which is trained at start-up on characters rendered from fonts
 * shipped inside this module (no plate photo is used, so no labelled data leaks into it). The fonts
 * are bundled rather than taken from the system so that every machine trains the same classifier
 * and reads a plate the same way.
 *
 * @param fonts font files to render, by name, from the module's {@code fonts} resources (DejaVu,
 *     Liberation and Noto, see the licence files there)
 * @param samplesPerGlyph distorted renderings per character and font file
 * @param neighbours k of the k-nearest-neighbour vote
 * @param seed seed of the random distortions, so training is reproducible
 */
public record GlyphSettings(List<String> fonts, int samplesPerGlyph, int neighbours, long seed) {

  /** Condensed and regular sans-serif and monospaced families close to plate lettering. */
  public static final GlyphSettings DEFAULT =
      new GlyphSettings(
          List.of(
              "DejaVuSansCondensed-Bold.ttf",
              "DejaVuSansCondensed.ttf",
              "DejaVuSans-Bold.ttf",
              "DejaVuSans.ttf",
              "LiberationSansNarrow-Bold.ttf",
              "LiberationSansNarrow-Regular.ttf",
              "LiberationSans-Bold.ttf",
              "LiberationSans-Regular.ttf",
              "DejaVuSansMono-Bold.ttf",
              "DejaVuSansMono.ttf",
              "LiberationMono-Bold.ttf",
              "LiberationMono-Regular.ttf",
              "NotoSansMono-Bold.ttf",
              "NotoSansMono-Regular.ttf"),
          6,
          7,
          42);

  public GlyphSettings {
    fonts = List.copyOf(fonts);
    if (fonts.isEmpty() || samplesPerGlyph < 1 || neighbours < 1) {
      throw new IllegalArgumentException("need fonts, samplesPerGlyph >= 1 and neighbours >= 1");
    }
  }
}
