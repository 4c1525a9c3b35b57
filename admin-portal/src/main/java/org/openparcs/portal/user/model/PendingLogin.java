package org.openparcs.portal.user.model;

import java.time.Duration;
import java.time.Instant;

/**
 * A log-on between its steps: the password was right, the second factor (or a password change) is
 * still due. Lives in the browser's session, never as a logged-in session.
 *
 * @param userId whose log-on it is
 * @param stage what is due next
 * @param since when the password step passed
 */
public record PendingLogin(long userId, Stage stage, Instant since) {

  /** What the pending log-on waits for. */
  public enum Stage {
    SECOND_FACTOR,
    ENROLMENT,
    PASSWORD_CHANGE
  }

  /** Whether it is still usable at {@code now}. */
  public boolean isFresh(Instant now, Duration limit) {
    return !since.plus(limit).isBefore(now);
  }
}
