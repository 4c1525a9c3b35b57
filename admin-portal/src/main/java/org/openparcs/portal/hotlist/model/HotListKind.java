package org.openparcs.portal.hotlist.model;

/** What a hot list holds (POLICY S3). */
public enum HotListKind {
  STOLEN,
  WANTED,
  /** Scofflaw: overdue citations, eligible for tow (PAS 3, 4(e)). */
  SCOFFLAW
}
