package org.openparcs.portal.plate.model;

/** Whether an access to ALPR data may go ahead. */
public sealed interface AlprRuling {

  /** It may: with this purpose and the plate terms normalised. */
  record Allowed(Purpose purpose, String plate, boolean prefix) implements AlprRuling {}

  /** It may not; {@code message} tells the user why (never whether any record exists). */
  record Refused(String message) implements AlprRuling {}
}
