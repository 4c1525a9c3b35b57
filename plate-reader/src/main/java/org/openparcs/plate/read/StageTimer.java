package org.openparcs.plate.read;

import java.util.function.Supplier;

/**
 * Where a read spends its time: the reader runs each stage's work through this, so a benchmark can
 * measure the stages one by one (for example in the calling thread's CPU time). Stages do not nest.
 * Implementations must be thread-safe when the reader serves several threads.
 */
public interface StageTimer {

  /** The stages of one read. */
  enum Stage {
    /** Header checks and decoding the encoded frame to grey. */
    DECODE,
    /** Finding candidate plate regions. */
    LOCATE,
    /** Levelling, scaling and binarising a region into views. */
    RECTIFY,
    /** The plate-line network, CTC decoding included. */
    CNN,
    /** Tesseract on the line views. */
    TESSERACT,
    /** The glyph classifier. */
    GLYPHS,
    /** Fusing and voting the readings of a region, and ranking the candidates of a frame. */
    RANK
  }

  /** A timer that only runs the work. */
  StageTimer NONE =
      new StageTimer() {
        @Override
        public <T> T time(Stage stage, Supplier<T> work) {
          return work.get();
        }
      };

  /** Runs one stage's work and returns its result. */
  <T> T time(Stage stage, Supplier<T> work);
}
