package org.openparcs.plate.ocr;

import java.util.List;

/**
 * Settings of the glyph classifier, which is trained at start-up on characters rendered from system
 * fonts (no plate photo is used, so no labelled data leaks into it).
 *
 * @param fonts font families to render; a family missing on the machine falls back to Java's
 *     default sans-serif font
 * @param samplesPerGlyph distorted renderings per character, font and weight
 * @param neighbours k of the k-nearest-neighbour vote
 * @param seed seed of the random distortions, so training is reproducible
 */
public record GlyphSettings(List<String> fonts, int samplesPerGlyph, int neighbours, long seed) {

  /** Condensed and regular sans-serif and monospaced families close to plate lettering. */
  public static final GlyphSettings DEFAULT =
      new GlyphSettings(
          List.of(
              "DejaVu Sans Condensed",
              "DejaVu Sans",
              "Liberation Sans Narrow",
              "Liberation Sans",
              "Nimbus Sans Narrow",
              "Nimbus Sans",
              "URW Gothic",
              "DejaVu Sans Mono",
              "Liberation Mono",
              "Noto Sans Mono",
              "Nimbus Mono PS"),
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
