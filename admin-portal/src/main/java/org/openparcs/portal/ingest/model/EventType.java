package org.openparcs.portal.ingest.model;

import java.util.regex.Pattern;

/**
 * The type of a garage event ({@code plate_read}, {@code access_decision}, {@code gate_event},
 * {@code session_opened}, {@code session_closed}, ...). Any lower-case name is accepted so that a
 * garage may report new types before the portal shows them specially.
 */
public record EventType(String value) {

  private static final Pattern FORM = Pattern.compile("[a-z_]{1,64}");

  public EventType {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("an event type is 1 to 64 characters of a-z and '_'");
    }
  }
}
