package org.openparcs.controller.camera.infrastructure;

import org.openparcs.controller.camera.model.CameraRegistry;
import org.openparcs.controller.camera.model.DigestCredentials;

/**
 * The camera registry built once at start from configuration (cached for every push), and the HTTP
 * Digest credentials of the cameras whose token is configured in clear.
 */
public record CameraRegistryHolder(CameraRegistry registry, DigestCredentials digest) {

  public CameraRegistryHolder(CameraRegistry registry) {
    this(registry, new DigestCredentials());
  }
}
