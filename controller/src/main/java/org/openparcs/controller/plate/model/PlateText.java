package org.openparcs.controller.plate.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A plate as the system compares it: A-Z and 0-9 only, upper case, no spaces or dashes, 1-16
 * characters. Cameras deliver "abc-123" or "ABC 123"; both become ABC123.
 */
public record PlateText(String value) {

  private static final Pattern VALID = Pattern.compile("[A-Z0-9]{1,16}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.·]");

  public PlateText {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new InvalidPlateException(value);
    }
  }

  /** Normalises a plate as a camera or a person wrote it. */
  public static PlateText of(String raw) {
    if (raw == null) {
      throw new InvalidPlateException(null);
    }
    String cleaned = SEPARATORS.matcher(raw.strip()).replaceAll("").toUpperCase(Locale.ROOT);
    if (!VALID.matcher(cleaned).matches()) {
      throw new InvalidPlateException(raw);
    }
    return new PlateText(cleaned);
  }

  @Override
  public String toString() {
    return value;
  }
}
