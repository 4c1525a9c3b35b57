package org.openparcs.controller.garage.model;

import java.util.regex.Pattern;

/** Shared validation of configured identifiers (garages, lanes, cameras, devices). */
final class Ids {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private Ids() {}

  static String check(String kind, String value) {
    if (value == null || !ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          kind + " id must be 1-64 letters, digits, '.', '_' or '-', was '" + value + "'");
    }
    return value;
  }
}
