package org.openparcs.portal.identity.application;

import java.time.Instant;
import java.util.Optional;
import org.openparcs.identity.KeyDirectory;
import org.openparcs.identity.TrustedKey;
import org.openparcs.portal.garage.model.GarageId;

/** The garages' enrolled public keys (table {@code garage_key}). */
public interface GarageKeys extends KeyDirectory {

  @Override
  Optional<TrustedKey> find(String keyId);

  /** Whether the garage has an active key: then it must sign, a bearer token is not enough. */
  boolean hasActiveKey(GarageId garage);

  /**
   * Enrols the key for the garage unless its id is taken. Enrolling the same key again is a no-op.
   *
   * @return false when the id belongs to another key or another garage
   */
  boolean enrol(GarageId garage, String keyId, String publicKey, String by, Instant at);

  /**
   * Revokes the garage's key.
   *
   * @return false when the garage has no such key
   */
  boolean revoke(GarageId garage, String keyId, String by, Instant at);
}
