package org.openparcs.controller.reconciliation.model;

/** What an auditor concluded about a finding. */
public enum Disposition {
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
  FALSE_POSITIVE
}
