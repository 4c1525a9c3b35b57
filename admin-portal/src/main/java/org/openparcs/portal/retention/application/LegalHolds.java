package org.openparcs.portal.retention.application;

import java.time.Instant;
import java.util.List;
import org.openparcs.portal.retention.model.HoldTarget;
import org.openparcs.portal.retention.model.LegalHold;

/** The legal holds placed, active and released (POLICY R3). */
public interface LegalHolds {

  /** Stores a new active hold and returns its id. */
  long place(
      HoldTarget kind, String target, String caseNumber, String reason, String by, Instant at);

  /**
   * Stores a hold as journaled, with its id, unless a hold with that id exists (a restore replays
   * it); true when it was stored.
   */
  boolean restore(LegalHold hold);

  /** Releases an active hold; false when there is no active hold with this id. */
  boolean release(long id, String by, Instant at, String reason);

  /** The holds in force. */
  List<LegalHold> active();

  /** The newest holds, active or released, at most {@code limit}. */
  List<LegalHold> latest(int limit);
}
