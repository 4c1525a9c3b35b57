package org.openparcs.plate;

/** Why an image was refused before any plate search. */
public enum Rejection {
  /** The body had no bytes. */
  EMPTY_BODY,
  /** The bytes are not in a format the settings accept (for example PNG when JPEG is required). */
  UNSUPPORTED_FORMAT,
  /** The bytes start like an accepted format but cannot be decoded. */
  CORRUPT_IMAGE,
  /** The header declares more pixels than the settings allow; nothing was decoded. */
  TOO_MANY_PIXELS
}
