package org.openparcs.controller.camera.application;

import java.util.UUID;
import org.openparcs.controller.camera.model.StoredFrame;
import org.openparcs.controller.shared.application.NotFoundException;
import org.openparcs.controller.shared.application.Transactions;

/** The image of a frame, for an operator to see beside its read. */
public final class FrameImage {

  private final Frames frames;
  private final FrameStore store;
  private final Transactions tx;

  public FrameImage(Frames frames, FrameStore store, Transactions tx) {
    this.frames = frames;
    this.store = store;
    this.tx = tx;
  }

  /** The JPEG bytes; a frame unknown, not kept or no longer on disk is not found, saying which. */
  public byte[] image(UUID frameId) {
    StoredFrame frame =
        tx.readOnly(() -> frames.find(frameId))
            .orElseThrow(() -> new NotFoundException("no frame " + frameId));
    if (frame.image().isEmpty()) {
      throw new NotFoundException(
          "the image of frame " + frameId + " was not kept (the frame folder was full or failing)");
    }
    return store
        .load(frame.image().get().path())
        .orElseThrow(
            () ->
                new NotFoundException(
                    "the image of frame " + frameId + " is no longer in the frame folder"));
  }
}
