package org.openparcs.portal.access.model;

/** What a role lets a user do in the portal (POLICY A5). */
public enum Permission {
  /** The garages overview: lanes, backlog, counts and charts (no plates). */
  VIEW_GARAGES,
  /** The revenue chart, the revenue report and the reconciliation findings (issue 6). */
  VIEW_REVENUE,
  /** Record an auditor's disposition of a reconciliation finding (audited). */
  DISPOSE_FINDINGS,
  /** Plate searches, views and exports of reads (ALPR data; POLICY U1, A4, T1). */
  SEARCH_PLATES,
  /** The audit trail: browse, sample, export, verify (POLICY T3). */
  READ_AUDIT_TRAIL,
  /** The log-on attempts (POLICY A2). */
  REVIEW_LOGONS,
  /** Users, roles, garage scopes, training records (POLICY A5: the coordinator grants access). */
  MANAGE_USERS,
  /** Purges on demand, their progress and proofs, legal holds (POLICY A5, R1, R3, R4). */
  MANAGE_RETENTION,
  /** Agencies and their requests for ALPR data: approve, deny, release (POLICY A5, S1, S2). */
  MANAGE_SHARING,
  /** Enter hot-list entries (POLICY S3). */
  ENTER_HOT_LIST,
  /** Create lists, import external ones, approve entries as supervisor (POLICY S3). */
  SUPERVISE_HOT_LISTS,
  /** Confirm hot-list hits against the read and record the disposition (POLICY U3). */
  HANDLE_HITS,
  /** The camera registry and the sensitive sites (POLICY U4, U5). */
  MANAGE_CAMERAS,
  /** Breach notification drafts (POLICY K2). */
  DRAFT_BREACH_NOTICE,
  /** The annual data usage report, aggregates only (POLICY K4). */
  ANNUAL_REPORT
}
