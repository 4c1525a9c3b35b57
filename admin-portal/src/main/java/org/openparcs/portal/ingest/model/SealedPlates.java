package org.openparcs.portal.ingest.model;

/**
 * The plate fields of an event, taken out of its payload and sealed when the batch was read (POLICY
 * K1), with the lookup hash of its plate.
 *
 * @param sealed the sealed plate fields; null when the event carries none
 * @param hash the lookup hash of the event's plate; null when it has none
 */
public record SealedPlates(byte[] sealed, byte[] hash) {

  /** An event without plate fields. */
  public static final SealedPlates NONE = new SealedPlates(null, null);
}
