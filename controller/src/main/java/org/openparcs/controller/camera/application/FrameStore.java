package org.openparcs.controller.camera.application;

import java.util.Optional;
import org.openparcs.controller.camera.model.Frame;
import org.openparcs.controller.camera.model.KeptImage;

/**
 * Where frame images are kept, beside their reads, for operators to see. Plate images are ALPR
 * data: retention purges delete them by the path recorded with the frame (POLICY R1).
 */
public interface FrameStore {

  /** Keeps the image; where, with its hash, or empty when it could not be kept (store full). */
  Optional<KeptImage> keep(Frame frame, byte[] jpeg);

  /** The image kept at {@code path}, or empty when it is no longer there. */
  Optional<byte[]> load(String path);

  /** Deletes the image kept at {@code path}; false when it was not there (already purged). */
  boolean delete(String path);
}
