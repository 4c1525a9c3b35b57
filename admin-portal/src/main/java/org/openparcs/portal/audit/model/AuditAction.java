package org.openparcs.portal.audit.model;

/** What an audit record is about. New actions are added here as features record them. */
public enum AuditAction {
  /** A log-on that completed: password and second factor proved (POLICY A1, A2). */
  LOGIN_SUCCEEDED,
  /** A log-on step that failed, whatever the reason (POLICY A2). */
  LOGIN_FAILED,
  /** The password was right; the second factor is asked next (POLICY A2: each step is logged). */
  LOGIN_PASSWORD_ACCEPTED,
  /**
   * A garage operator logged on at a garage's console through the portal (POLICY A1, A2, A5): the
   * garage, the assertion given and its expiry.
   */
  GARAGE_CONSOLE_LOGON,
  /**
   * A garage's console opened in the portal: its live lanes, reads and exceptions, or one of its
   * frames, relayed from the garage for this user (POLICY T1; the garage records it too).
   */
  GARAGE_CONSOLE_VIEW,
  /**
   * An operator action relayed from the portal's console to a garage (plate correction, vend, lane
   * mode, exit decisions; POLICY K3, A5), with the garage's answer; the garage records it under the
   * same user.
   */
  GARAGE_CONSOLE_ACTION,
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
  AUDIT_VERIFIED,
  /** A legal hold placed on a read, a session or a plate, with its case (POLICY R3). */
  LEGAL_HOLD_PLACED,
  /** A legal hold released when its case closed: its data goes at the next purge (POLICY R3). */
  LEGAL_HOLD_RELEASED,
  /** A purge run asked for by a coordinator or the schedule (POLICY R1). */
  PURGE_STARTED,
  /** The proof of a purge: classes, cut-offs, counts, holds respected (POLICY R4). */
  PURGE_COMPLETED,
  /** A purge run that stopped on an error; what it purged until then stays purged. */
  PURGE_FAILED,
  /**
   * The portal's database restored from a backup, with the backup, its time and the purge and hold
   * decisions re-applied after it (POLICY R1); written by the restore command into the restored
   * trail.
   */
  BACKUP_RESTORED,
  /** A garage reported that it restored a backup, with the same facts (POLICY R1). */
  GARAGE_BACKUP_RESTORED,
  /** A garage confirmed a purge order with its counts (POLICY R1, R4 at the garage). */
  PURGE_ORDER_CONFIRMED,
  /** An agency registered or changed for sharing (POLICY S1, S2). */
  AGENCY_SAVED,
  /** A sharing request received from an agency (POLICY S2). */
  SHARING_REQUESTED,
  /** A sharing request refused by the rules: out of state, federal, commercial, immigration. */
  SHARING_REFUSED,
  /** A sharing request denied by the coordinator. */
  SHARING_DENIED,
  /** A sharing request approved (coordinator, and commander where needed) and released. */
  SHARING_APPROVED,
  /** One record shared with an agency, with the agency's name (POLICY T4). */
  ALPR_SHARED,
  HOT_LIST_CREATED,
  /** A hot-list entry, with who entered it (POLICY S3). */
  HOT_LIST_ENTRY_ADDED,
  /** A supervisor approved a hot-list entry (POLICY S3). */
  HOT_LIST_ENTRY_APPROVED,
  HOT_LIST_ENTRY_REMOVED,
  /** An external hot list refreshed from its source (POLICY S3: 24 hours). */
  HOT_LIST_IMPORTED,
  /** A person confirmed a hit against the read and recorded its disposition (POLICY U3). */
  HOT_LIST_HIT_DISPOSED,
  /** A camera registered with its location and view (POLICY U4, U5). */
  CAMERA_REGISTERED,
  /** A camera registration refused: sensitive site, or not a public view (POLICY U4, U5). */
  CAMERA_REFUSED,
  SENSITIVE_SITE_ADDED,
  /** A breach notification drafted from the audit trail (POLICY K2). */
  BREACH_NOTICE_DRAFTED,
  /** An annual data usage report produced (POLICY K4). */
  ANNUAL_REPORT_PRODUCED,
  /** A revenue auditor's disposition of a reconciliation finding (issue 6). */
  FINDING_DISPOSED
}
