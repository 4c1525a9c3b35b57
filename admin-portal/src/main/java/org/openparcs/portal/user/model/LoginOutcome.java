package org.openparcs.portal.user.model;

/** The answer to a log-on attempt. */
public sealed interface LoginOutcome {

  /** The user proved who they are. */
  record LoggedIn(PortalUser user) implements LoginOutcome {}

  /**
   * The attempt failed. The reason goes to the audit trail only: the person at the form sees the
   * same message for every reason, so the form does not confirm which usernames exist.
   */
  record Refused(Reason reason) implements LoginOutcome {}

  /** Why a log-on attempt failed. */
  enum Reason {
    UNKNOWN_USER,
    WRONG_PASSWORD,
    USER_DISABLED,
    /** The form did not carry the portal's CSRF token (posted from another site, or stale). */
    FORGED_FORM
  }
}
