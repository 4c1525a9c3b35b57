package org.openparcs.controller.camera.application;

import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.camera.model.StoredFrame;

/** The record of frames read, with where each image is kept. */
public interface Frames {
  void save(StoredFrame frame);

  Optional<StoredFrame> find(UUID id);
}
