package org.openparcs.portal.revenue.model;

/** What a revenue auditor concluded about a finding (the garage controller's list, issue 6). */
public enum FindingDisposition {
  /** Not yet looked at. */
  OPEN,
  /** Under investigation. */
  INVESTIGATING,
  /** Money was lost and is not coming back. */
  CONFIRMED_LOSS,
  /** Money was lost and has been recovered. */
  RECOVERED,
  /** A legitimate reason explains it (a recorded operator action, a device fault). */
  EXPLAINED,
  /** The rule fired on something that was not a leak. */
  FALSE_POSITIVE;

  /** The disposition named {@code text}, if it is one. */
  public static java.util.Optional<FindingDisposition> named(String text) {
    for (FindingDisposition d : values()) {
      if (d.name().equals(text)) {
        return java.util.Optional.of(d);
      }
    }
    return java.util.Optional.empty();
  }
}
