package org.openparcs.portal.camera.model;

/** Sites no camera may watch the entrance of (POLICY U4; SJPD-DUP 3). */
public enum SiteKind {
  /** A reproductive health care services facility. */
  REPRODUCTIVE_HEALTH("reproductive health facility"),
  /** A location primarily used for religious observance. */
  PLACE_OF_WORSHIP("place of worship");

  private final String label;

  SiteKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
