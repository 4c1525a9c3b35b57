package org.openparcs.controller.camera.model;

import java.util.Objects;

/**
 * A frame as recorded: where its image is kept.
 *
 * @param path the image's place in the frame store, or null when it was not kept (store full)
 */
public record StoredFrame(Frame frame, String path) {
  public StoredFrame {
    Objects.requireNonNull(frame, "frame");
  }
}
