package org.openparcs.plate.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CtcDecoderTest {

  /** One column: probability {@code p} on {@code c} (or the blank for '-'), the rest spread. */
  private static float[] column(char c, double p) {
    float[] col = new float[37];
    int k = c == '-' ? 0 : CtcDecoder.ALPHABET.indexOf(c) + 1;
    java.util.Arrays.fill(col, (float) ((1 - p) / 36));
    col[k] = (float) p;
    return col;
  }

  private static float[][] columns(String path, double p) {
    float[][] out = new float[path.length()][];
    for (int i = 0; i < path.length(); i++) {
      out[i] = column(path.charAt(i), p);
    }
    return out;
  }

  @Test
  void greedyMergesRepeatsAndDropsBlanks() {
    List<OcrSymbol> symbols = CtcDecoder.greedy(columns("-AA-A-77--B", 0.9), 3, 4);

    assertThat(symbols).extracting(OcrSymbol::best).containsExactly('A', 'A', '7', 'B');
    assertThat(symbols.get(0).left()).isEqualTo(4);
    assertThat(symbols.get(0).right()).isEqualTo(12);
    assertThat(symbols).allSatisfy(s -> assertThat(s.choices()).hasSize(3));
    assertThat(symbols.get(0).confidence()).isGreaterThan(0.9);
  }

  @Test
  void beamSumsThePathsOfOneText() {
    // Greedy reads "-" then "-" (0.4 each), yet "A" has more mass over both columns together.
    float[][] probs = new float[2][37];
    probs[0][0] = 0.4f;
    probs[0][11] = 0.35f;
    probs[0][12] = 0.25f;
    probs[1][0] = 0.4f;
    probs[1][11] = 0.35f;
    probs[1][12] = 0.25f;

    List<CtcDecoder.Text> texts = CtcDecoder.beam(probs, 8);

    assertThat(CtcDecoder.greedy(probs, 3, 1)).isEmpty();
    assertThat(texts.get(0).text()).isEqualTo("A");
    assertThat(texts.get(0).probability()).isCloseTo(0.35 * 0.35 + 2 * 0.4 * 0.35, within());
    assertThat(texts).extracting(CtcDecoder.Text::text).contains("B", "AB", "BA");
  }

  @Test
  void beamKeepsADoubledCharacterOnlyAcrossABlank() {
    List<CtcDecoder.Text> texts = CtcDecoder.beam(columns("AA-A", 0.97), 4);

    assertThat(texts.get(0).text()).isEqualTo("AA");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }
}
