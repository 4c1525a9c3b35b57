package org.openparcs.portal.access.model;

/** What a role lets a user do in the portal (POLICY A5). */
public enum Permission {
  /** The garages overview: lanes, backlog, counts and charts (no plates). */
  VIEW_GARAGES,
  /** The revenue chart. */
  VIEW_REVENUE,
  /** Plate searches, views and exports of reads (ALPR data; POLICY U1, A4, T1). */
  SEARCH_PLATES,
  /** The audit trail: browse, sample, export, verify (POLICY T3). */
  READ_AUDIT_TRAIL,
  /** The log-on attempts (POLICY A2). */
  REVIEW_LOGONS,
  /** Users, roles, garage scopes, training records (POLICY A5: the coordinator grants access). */
  MANAGE_USERS
}
