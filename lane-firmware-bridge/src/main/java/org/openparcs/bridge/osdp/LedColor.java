package org.openparcs.bridge.osdp;

/** The LED colours OSDP names, by their code (0..7). */
public enum LedColor {
  BLACK,
  RED,
  GREEN,
  AMBER,
  BLUE,
  MAGENTA,
  CYAN,
  WHITE;

  public int code() {
    return ordinal();
  }

  static LedColor of(int code) {
    if (code < 0 || code >= values().length) {
      throw new IllegalArgumentException("LED colour must be 0..7, was " + code);
    }
    return values()[code];
  }
}
