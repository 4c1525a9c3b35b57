package org.openparcs.portal.audit.model;

/** What an audit record is about. New actions are added here as features record them. */
public enum AuditAction {
  /** A log-on that completed: password and second factor proved (POLICY A1, A2). */
  LOGIN_SUCCEEDED,
  /** A log-on step that failed, whatever the reason (POLICY A2). */
  LOGIN_FAILED,
  /** The password was right; the second factor is asked next (POLICY A2: each step is logged). */
  LOGIN_PASSWORD_ACCEPTED,
  /** The bootstrap coordinator was created because the portal had no user. */
  USER_BOOTSTRAPPED,
  USER_CREATED,
  USER_ENABLED,
  USER_DISABLED,
  /** Deactivated because unused for longer than allowed (POLICY A3). */
  USER_DEACTIVATED,
  ROLES_CHANGED,
  PASSWORD_CHANGED,
  MFA_ENROLLED,
  MFA_RESET,
  RECOVERY_CODES_ISSUED,
  TRAINING_RECORDED,
  ACKNOWLEDGEMENT_SIGNED,
  /** A plate search of ALPR data (POLICY T1). */
  ALPR_SEARCH,
  /** One read viewed (POLICY T1). */
  ALPR_VIEW,
  /** Reads exported as a file (POLICY T1). */
  ALPR_EXPORT,
  /** Reads fetched through the JSON API (POLICY T1). */
  ALPR_API,
  /** An access to ALPR data refused: no purpose, wrong purpose, lapsed training (POLICY U1, A4). */
  ALPR_REFUSED,
  /** The audit trail exported (POLICY T3: the export is itself audited). */
  AUDIT_EXPORTED,
  /** A random sample drawn for a periodic audit (POLICY T3). */
  AUDIT_SAMPLED,
  /** The chain was verified, with its outcome. */
  AUDIT_VERIFIED
}
