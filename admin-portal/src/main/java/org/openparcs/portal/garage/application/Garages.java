package org.openparcs.portal.garage.application;

import java.time.Instant;
import java.util.Optional;
import org.openparcs.portal.common.model.Sha256;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.garage.model.GarageRegistration;

/** The garages registered at the portal. */
public interface Garages {

  /** Adds the garage, or updates its name and token digest; its events and counters stay. */
  void register(GarageRegistration registration, Instant now);

  /** The garage whose token has this digest, if any. */
  Optional<GarageId> ownerOfToken(Sha256 tokenDigest);
}
