package org.openparcs.controller.camera.model;

import java.util.List;
import java.util.Objects;
import org.openparcs.controller.garage.model.CameraId;

/**
 * What a registered camera must show when it pushes: its secret (kept only as a SHA-256 digest)
 * and, when the list is not empty, a source address within one of its ranges.
 */
public record CameraCredential(CameraId camera, byte[] secretDigest, List<AddressRange> sources) {

  public CameraCredential {
    Objects.requireNonNull(camera, "camera");
    if (secretDigest == null || secretDigest.length != 32) {
      throw new IllegalArgumentException("camera " + camera + " needs a SHA-256 secret digest");
    }
    secretDigest = secretDigest.clone();
    sources = List.copyOf(sources);
  }
}
