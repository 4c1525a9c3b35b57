package org.openparcs.controller.camera.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.openparcs.controller.camera.model.Frame;
import org.openparcs.controller.camera.model.FrameSource;
import org.openparcs.controller.camera.model.StoredFrame;
import org.openparcs.controller.garage.model.Camera;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.application.UnknownCameraException;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.TimeOrderedId;

/**
 * Keeps the picture a camera pushed with its own read (Hikvision ANPR, Plate Recognizer), like a
 * frame of ours: the image file and its {@code plate_frame} row, so the read points at it, the
 * operator sees it beside the text, and retention purges delete it (POLICY R1).
 */
public final class KeepPushedImage {

  private final GarageLayout garage;
  private final FrameStore store;
  private final Frames frames;
  private final Transactions tx;
  private final Clock clock;

  public KeepPushedImage(
      GarageLayout garage, FrameStore store, Frames frames, Transactions tx, Clock clock) {
    this.garage = garage;
    this.store = store;
    this.frames = frames;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * Keeps a JPEG already checked by the push's parser (its size from the JPEG header).
   *
   * @return the frame's id, for the read to point at
   */
  public UUID keep(CameraId cameraId, byte[] jpeg, int width, int height) {
    Camera camera = garage.camera(cameraId).orElseThrow(() -> new UnknownCameraException(cameraId));
    Instant now = clock.instant();
    Frame frame =
        new Frame(
            TimeOrderedId.at(now),
            camera.laneId(),
            camera.id(),
            FrameSource.PUSH,
            width,
            height,
            jpeg.length,
            now);
    StoredFrame stored = new StoredFrame(frame, store.keep(frame, jpeg));
    tx.inTransaction(
        () -> {
          frames.save(stored);
          return null;
        });
    return frame.id();
  }
}
