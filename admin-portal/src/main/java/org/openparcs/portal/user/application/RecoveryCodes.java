package org.openparcs.portal.user.application;

import java.time.Instant;
import java.util.List;
import org.openparcs.portal.common.model.Sha256;

/** A user's one-time recovery codes, kept as digests only. */
public interface RecoveryCodes {

  /** Replaces the user's codes by these. */
  void replace(long userId, List<Sha256> digests, Instant at);

  /** Uses the code with this digest; false when it is not one of the user's unused codes. */
  boolean use(long userId, Sha256 digest, Instant at);

  /** How many unused codes the user has left. */
  int remaining(long userId);
}
