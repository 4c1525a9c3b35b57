package org.openparcs.controller.camera.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A frame as recorded, with where its image is kept.
 *
 * @param image the kept image, or empty when it was not kept (store full or failing)
 */
public record StoredFrame(Frame frame, Optional<KeptImage> image) {
  public StoredFrame {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(image, "image");
  }
}
