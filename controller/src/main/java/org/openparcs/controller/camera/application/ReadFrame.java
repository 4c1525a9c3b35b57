package org.openparcs.controller.camera.application;

import java.util.Optional;
import java.util.OptionalLong;
import org.openparcs.controller.camera.model.Frame;
import org.openparcs.controller.camera.model.PlateScan;
import org.openparcs.controller.camera.model.ScannedPlate;
import org.openparcs.controller.camera.model.StoredFrame;
import org.openparcs.controller.lane.application.HandlePlateRead;
import org.openparcs.controller.lane.application.LaneReadWindows;
import org.openparcs.controller.plate.application.PlateReadReceived;
import org.openparcs.controller.shared.application.Transactions;

/**
 * Reads one queued frame on a reader thread: keeps the image (so operators see it beside the text),
 * reads the plate with our reader, and hands the read to the lane like any camera's read. A frame
 * with no plate is kept as the waiting vehicle's latest image.
 */
public final class ReadFrame {

  /** What the reader made of the frame, and what the lane did with the read, if any. */
  public record FrameRead(
      Frame frame, PlateScan scan, Optional<HandlePlateRead.ReadOutcome> read) {}

  /** The source name of reads our reader made from frames. */
  public static final String SOURCE = "frames";

  private final FrameStore store;
  private final Frames frames;
  private final ReadPlates plates;
  private final HandlePlateRead handle;
  private final LaneReadWindows windows;
  private final Transactions tx;

  public ReadFrame(
      FrameStore store,
      Frames frames,
      ReadPlates plates,
      HandlePlateRead handle,
      LaneReadWindows windows,
      Transactions tx) {
    this.store = store;
    this.frames = frames;
    this.plates = plates;
    this.handle = handle;
    this.windows = windows;
    this.tx = tx;
  }

  public FrameRead read(Frame frame, byte[] jpeg, OptionalLong capturedFor) {
    StoredFrame stored = new StoredFrame(frame, store.keep(frame, jpeg));
    tx.inTransaction(
        () -> {
          frames.save(stored);
          return null;
        });
    PlateScan scan = plates.read(jpeg);
    if (scan.plate().isEmpty()) {
      windows.withLane(
          frame.lane(),
          w -> {
            w.noPlate(capturedFor, windows.vehicleNow(frame.lane()), frame.id());
            return null;
          });
      return new FrameRead(frame, scan, Optional.empty());
    }
    ScannedPlate p = scan.plate().get();
    PlateReadReceived received =
        new PlateReadReceived(
            frame.camera(),
            p.text(),
            p.confidence(),
            p.charConfidences(),
            null,
            p.box(),
            frame.id(),
            SOURCE,
            frame.receivedAt());
    return new FrameRead(frame, scan, Optional.of(handle.handle(received, capturedFor)));
  }
}
