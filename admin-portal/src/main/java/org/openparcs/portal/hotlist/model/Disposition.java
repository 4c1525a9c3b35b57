package org.openparcs.portal.hotlist.model;

/** What the person who handled a hit found (POLICY U3; SJPD-DUP 4.7: its ultimate disposition). */
public enum Disposition {
  /** The plate text matches the image and the entry was still valid: action per procedure. */
  MATCH_CONFIRMED,
  /** The plate text does not match the image: a misread, nothing happens. */
  MISREAD,
  /** It matched, but the entry was no longer valid when verified (e.g. through CLETS). */
  ENTRY_NOT_VALID,
  /** It matched; no action was taken. */
  NO_ACTION
}
