package org.openparcs.portal.garage.model;

import org.openparcs.portal.common.model.Sha256;

/** A garage as the portal knows it from configuration: id, display name and token digest. */
public record GarageRegistration(GarageId id, String name, Sha256 tokenDigest) {

  public GarageRegistration {
    if (id == null || tokenDigest == null || name == null || name.isBlank()) {
      throw new IllegalArgumentException("a garage registration needs an id, a name and a token");
    }
    if (name.length() > 200) {
      throw new IllegalArgumentException("a garage name has at most 200 characters");
    }
  }
}
