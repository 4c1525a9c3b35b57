package org.openparcs.portal.audit.model;

/** What an audit record is about. New actions are added here as features record them. */
public enum AuditAction {
  /** A log-on attempt that succeeded (POLICY A2). */
  LOGIN_SUCCEEDED,
  /** A log-on attempt that failed, whatever the reason (POLICY A2). */
  LOGIN_FAILED,
  /** The bootstrap coordinator was created because the portal had no user. */
  USER_BOOTSTRAPPED
}
