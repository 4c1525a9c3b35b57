package org.openparcs.plate.ocr;

import java.util.List;

/**
 * What the OCR read on one plate view.
 *
 * @param symbols characters left to right, each with its alternatives
 */
public record OcrReading(List<OcrSymbol> symbols) {

  public OcrReading {
    symbols = List.copyOf(symbols);
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
