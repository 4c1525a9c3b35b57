package org.openparcs.portal.garage.model;

import java.util.regex.Pattern;

/** A garage's id, as configured at the portal and used by the garage when it reports. */
public record GarageId(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  public GarageId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a garage id is 1 to 64 letters, digits, '_' or '-', starting with a letter or digit");
    }
  }

  /** Whether {@code text} has the form of a garage id. */
  public static boolean isValid(String text) {
    return text != null && FORM.matcher(text).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
