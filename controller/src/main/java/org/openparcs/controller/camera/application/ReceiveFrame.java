package org.openparcs.controller.camera.application;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;
import org.openparcs.controller.camera.model.Frame;
import org.openparcs.controller.camera.model.FrameCheck;
import org.openparcs.controller.camera.model.FrameLimits;
import org.openparcs.controller.camera.model.FrameSource;
import org.openparcs.controller.garage.model.Camera;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.application.LaneReadWindows;
import org.openparcs.controller.lane.application.UnknownCameraException;
import org.openparcs.controller.shared.model.TimeOrderedId;

/**
 * A camera frame arrives (pushed, or pulled from a snapshot URI): check it without decoding it
 * (empty, not a JPEG, corrupt header, too many bytes or pixels: refused at once), note which
 * vehicle stood on the arming loop when it came, and queue it for the lane's plate readers. Never
 * waits for the reading; a full queue refuses the frame instead of holding the camera or the lane.
 */
public final class ReceiveFrame {

  /** A frame taken for reading. */
  public record Receipt(UUID frameId, LaneId lane, CameraId camera, int width, int height) {}

  private final GarageLayout garage;
  private final FrameLimits limits;
  private final FrameInspector inspector;
  private final FrameWorkers workers;
  private final LaneReadWindows windows;
  private final ReadFrame reader;
  private final Clock clock;

  public ReceiveFrame(
      GarageLayout garage,
      FrameLimits limits,
      FrameInspector inspector,
      FrameWorkers workers,
      LaneReadWindows windows,
      ReadFrame reader,
      Clock clock) {
    this.garage = garage;
    this.limits = limits;
    this.inspector = inspector;
    this.workers = workers;
    this.windows = windows;
    this.reader = reader;
    this.clock = clock;
  }

  /** A frame a camera pushed just now: it shows whoever stands on the arming loop now. */
  public Receipt receive(CameraId cameraId, byte[] jpeg) {
    Camera camera = camera(cameraId);
    return receive(camera, jpeg, FrameSource.PUSH, windows.vehicleNow(camera.laneId()));
  }

  /** A frame captured while vehicle {@code capturedFor} stood on the arming loop (or nobody). */
  public Receipt receive(
      CameraId cameraId, byte[] jpeg, FrameSource source, OptionalLong capturedFor) {
    return receive(camera(cameraId), jpeg, source, capturedFor);
  }

  private Receipt receive(
      Camera camera, byte[] jpeg, FrameSource source, OptionalLong capturedFor) {
    FrameCheck.Accepted size = check(jpeg);
    Instant now = clock.instant();
    Frame frame =
        new Frame(
            TimeOrderedId.at(now),
            camera.laneId(),
            camera.id(),
            source,
            size.width(),
            size.height(),
            jpeg.length,
            now);
    if (!workers.submit(camera.laneId(), () -> reader.read(frame, jpeg, capturedFor))) {
      throw new FramesBusyException(camera.laneId());
    }
    return new Receipt(frame.id(), frame.lane(), frame.camera(), frame.width(), frame.height());
  }

  private FrameCheck.Accepted check(byte[] jpeg) {
    refuseIf(limits.bytes(jpeg.length));
    FrameCheck.Accepted size =
        inspector
            .inspect(jpeg)
            .match(
                a -> a,
                r -> {
                  throw new BadFrameException(r);
                });
    refuseIf(limits.pixels(size.width(), size.height()));
    return size;
  }

  private static void refuseIf(FrameCheck.Refused refused) {
    if (refused != null) {
      throw new BadFrameException(refused);
    }
  }

  private Camera camera(CameraId id) {
    return garage.camera(id).orElseThrow(() -> new UnknownCameraException(id));
  }
}
