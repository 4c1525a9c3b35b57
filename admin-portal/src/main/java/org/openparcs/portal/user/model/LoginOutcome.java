package org.openparcs.portal.user.model;

/** The answer to one step of a log-on: the password, then the second factor (POLICY A1). */
public sealed interface LoginOutcome {

  /** The password is right: the user must now prove a TOTP code or a recovery code. */
  record SecondFactorRequired(PortalUser user) implements LoginOutcome {}

  /** The password is right but the user has no second factor yet: enrol one now. */
  record EnrolmentRequired(PortalUser user) implements LoginOutcome {}

  /**
   * Both factors proved. {@code passwordChangeRequired}: the password is temporary or too old
   * (POLICY A3) and must be changed before the session starts.
   */
  record LoggedIn(PortalUser user, boolean passwordChangeRequired) implements LoginOutcome {}

  /**
   * The step failed. The reason goes to the audit trail only: the person at the form sees the same
   * message for every reason, so the form does not confirm which usernames exist (POLICY A6).
   */
  record Refused(Reason reason) implements LoginOutcome {}

  /** Why a log-on step failed. */
  enum Reason {
    UNKNOWN_USER,
    WRONG_PASSWORD,
    USER_DISABLED,
    /** Too many failures in a row: refused until the lock-out ends (POLICY A3). */
    LOCKED_OUT,
    /** Unused for longer than allowed: deactivated now (POLICY A3). */
    INACTIVE,
    WRONG_SECOND_FACTOR,
    /** The password step was too long ago, or never happened in this browser. */
    NO_PENDING_LOGIN,
    /** The form did not carry the portal's CSRF token (posted from another site, or stale). */
    FORGED_FORM
  }
}
