package org.openparcs.controller.protection.infrastructure;

import org.openparcs.protection.PlateCipher;

/**
 * Reads a text column sealed by V115 (POLICY K1): the sealed value opened, or, for a row the
 * start-up converter has not reached yet, the clear value the old schema left.
 */
public final class SealedText {
  private SealedText() {}

  /** The opened value, else {@code clear} (null when both are null). */
  public static String open(PlateCipher cipher, byte[] sealed, String clear, String context) {
    return sealed != null ? cipher.open(sealed, context) : clear;
  }
}
