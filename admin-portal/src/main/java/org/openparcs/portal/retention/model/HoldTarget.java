package org.openparcs.portal.retention.model;

import java.util.UUID;
import java.util.regex.Pattern;

/** What a legal hold keeps (POLICY R3): one read, one session, or every record of one plate. */
public enum HoldTarget {
  /** One plate read, by its event id. */
  READ,
  /** One parking session, by the session id its events carry. */
  SESSION,
  /** Every read, session, hit and export of one plate. */
  PLATE;

  private static final Pattern PLATE_TEXT = Pattern.compile("[A-Z0-9]{1,10}");
  private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  /** The target as stored (plates upper case, ids lower case); null when it is not valid. */
  public String normalise(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (this == PLATE) {
      String plate = t.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
      return PLATE_TEXT.matcher(plate).matches() ? plate : null;
    }
    if (this == READ) {
      try {
        UUID id = UUID.fromString(t);
        return id.toString().equalsIgnoreCase(t) ? id.toString() : null;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return SESSION_ID.matcher(t).matches() ? t.toLowerCase(java.util.Locale.ROOT) : null;
  }
}
