package org.openparcs.portal.garage.model;

import org.openparcs.portal.common.model.Sha256;

/**
 * The secret a garage presents when it reports. Only its digest is stored; {@link #toString()}
 * never shows it, so it cannot leak into a log line.
 */
public record GarageToken(String secret) {

  public GarageToken {
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException("a garage token cannot be blank");
    }
  }

  public Sha256 digest() {
    return Sha256.of(secret);
  }

  @Override
  public String toString() {
    return "GarageToken[****]";
  }
}
