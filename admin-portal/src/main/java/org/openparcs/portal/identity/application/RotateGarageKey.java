package org.openparcs.portal.identity.application;

import java.time.Instant;
import java.util.function.Supplier;
import org.openparcs.identity.MachineKeys;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.model.GarageId;

/**
 * Key rotation without downtime, driven by the garage itself: signing with a key that is still
 * active, it enrols its next key (both are valid from then on), switches to it, and then revokes
 * the old one signing with the new. A key cannot revoke itself, so a garage always keeps one.
 */
public final class RotateGarageKey {

  /** What a rotation step did. */
  public enum Outcome {
    DONE,
    KEY_ID_TAKEN,
    NOT_A_KEY,
    NO_SUCH_KEY,
    CANNOT_REVOKE_SIGNING_KEY
  }

  private final GarageKeys keys;
  private final UnitOfWork unitOfWork;
  private final Supplier<Instant> now;

  public RotateGarageKey(GarageKeys keys, UnitOfWork unitOfWork, Supplier<Instant> now) {
    this.keys = keys;
    this.unitOfWork = unitOfWork;
    this.now = now;
  }

  /** Step 1: enrol the next key, signed by {@code signingKeyId} of the same garage. */
  public Outcome enrol(GarageId garage, String signingKeyId, String keyId, String publicKey) {
    try {
      MachineKeys.publicKey(publicKey);
    } catch (IllegalArgumentException e) {
      return Outcome.NOT_A_KEY;
    }
    boolean enrolled =
        unitOfWork.inTransaction(
            () -> keys.enrol(garage, keyId, publicKey, "key " + signingKeyId, now.get()));
    return enrolled ? Outcome.DONE : Outcome.KEY_ID_TAKEN;
  }

  /** Step 3: revoke the old key, signed by another active key of the same garage. */
  public Outcome revoke(GarageId garage, String signingKeyId, String keyId) {
    if (keyId.equals(signingKeyId)) {
      return Outcome.CANNOT_REVOKE_SIGNING_KEY;
    }
    boolean revoked =
        unitOfWork.inTransaction(
            () -> keys.revoke(garage, keyId, "key " + signingKeyId, now.get()));
    return revoked ? Outcome.DONE : Outcome.NO_SUCH_KEY;
  }
}
