package org.openparcs.plate.ocr;

import java.util.List;

/**
 * What the OCR read on one plate view.
 *
 * @param symbols characters left to right, each with its alternatives
 * @param texts whole-text alternatives with probabilities, most probable first, from OCRs that
 *     score texts as a whole (CTC beam search); empty when the OCR scores characters only
 */
public record OcrReading(List<OcrSymbol> symbols, List<CtcDecoder.Text> texts) {

  public OcrReading {
    symbols = List.copyOf(symbols);
    texts = List.copyOf(texts);
  }

  /** A reading scored character by character. */
  public OcrReading(List<OcrSymbol> symbols) {
    this(symbols, List.of());
  }

  /** The best characters joined. */
  public String text() {
    StringBuilder sb = new StringBuilder(symbols.size());
    symbols.forEach(s -> sb.append(s.best()));
    return sb.toString();
  }

  /** Mean confidence of the best characters, 0 when nothing was read. */
  public double meanConfidence() {
    return symbols.stream().mapToDouble(OcrSymbol::confidence).average().orElse(0);
  }

  /** Lowest confidence of the best characters, 0 when nothing was read. */
  public double minConfidence() {
    return symbols.stream().mapToDouble(OcrSymbol::confidence).min().orElse(0);
  }
}
