package org.openparcs.controller.plate.model;

/**
 * How this garage compares two plates. With {@code foldOAndI} the letter O and the digit 0 are one
 * character, and so are the letter I and the digit 1: plates in many regions do not tell them apart
 * and readers confuse them freely (the plate reader itself scores its reads this way).
 */
public record PlateComparison(boolean foldOAndI) {

  public static final PlateComparison FOLDED = new PlateComparison(true);
  public static final PlateComparison STRICT = new PlateComparison(false);

  /** The form in which two plates are equal when this garage takes them for the same plate. */
  public String key(PlateText plate) {
    return key(plate.value());
  }

  /** {@link #key(PlateText)} of a plate's characters. */
  public String key(String text) {
    return foldOAndI ? text.replace('O', '0').replace('I', '1') : text;
  }

  public boolean same(PlateText a, PlateText b) {
    return key(a).equals(key(b));
  }
}
