package org.openparcs.controller.camera.application;

import java.util.Optional;
import org.openparcs.controller.camera.model.Frame;

/** Where frame images are kept, beside their reads, for operators to see. */
public interface FrameStore {

  /** Keeps the image; its place in the store, or empty when the store's size limit is reached. */
  Optional<String> keep(Frame frame, byte[] jpeg);

  /** The image kept at {@code path}, or empty when it is no longer there. */
  Optional<byte[]> load(String path);
}
