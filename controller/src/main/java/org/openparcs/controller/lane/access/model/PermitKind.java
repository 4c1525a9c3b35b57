package org.openparcs.controller.lane.access.model;

/** What kind of plate credential a permit is. */
public enum PermitKind {
  /** A parking permit (employees, residents, fleet). */
  PERMIT,
  /** A monthly holder who pays by the month. */
  MONTHLY
}
