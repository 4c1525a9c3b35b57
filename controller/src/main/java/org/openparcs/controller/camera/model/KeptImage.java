package org.openparcs.controller.camera.model;

import java.util.Objects;

/**
 * A frame image kept in the frame store.
 *
 * @param path its place in the store (relative; what a purge deletes)
 * @param sha256 the SHA-256 of the JPEG bytes, hex: shows the file was not altered
 */
public record KeptImage(String path, String sha256) {
  public KeptImage {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
  }
}
