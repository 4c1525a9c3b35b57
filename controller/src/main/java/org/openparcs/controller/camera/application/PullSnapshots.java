package org.openparcs.controller.camera.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.openparcs.controller.camera.model.FrameSource;
import org.openparcs.controller.camera.model.SnapshotCamera;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.application.LaneReadWindows;
import org.openparcs.controller.lane.control.application.VehicleWatch;
import org.openparcs.controller.lane.control.model.VehicleOnLoop;

/**
 * When a vehicle arrives on a lane's arming loop and the lane waits for its read, pulls snapshots
 * from the lane's frame cameras while it waits: each pull only while that vehicle is still there
 * and has not been let through. Each frame is tagged with the vehicle it was pulled for.
 */
public final class PullSnapshots implements VehicleWatch {

  private final List<SnapshotCamera> cameras;
  private final SnapshotPulls pulls;
  private final ReceiveFrame receive;
  private final LaneReadWindows windows;
  private final Map<LaneId, Long> pulledFor = new ConcurrentHashMap<>();

  public PullSnapshots(
      List<SnapshotCamera> cameras,
      SnapshotPulls pulls,
      ReceiveFrame receive,
      LaneReadWindows windows) {
    this.cameras = List.copyOf(cameras);
    this.pulls = pulls;
    this.receive = receive;
    this.windows = windows;
  }

  @Override
  public void observed(Lane lane, Optional<VehicleOnLoop> vehicle, Instant at) {
    if (vehicle.isEmpty() || !vehicle.get().awaitingRead()) {
      return;
    }
    long arrival = vehicle.get().arrival();
    Long before = pulledFor.put(lane.id(), arrival);
    if (before != null && before == arrival) {
      return;
    }
    for (SnapshotCamera camera : cameras) {
      if (camera.lane().equals(lane.id())) {
        pulls.start(
            camera,
            arrival,
            () -> wanted(lane.id(), arrival),
            jpeg ->
                receive.receive(camera.id(), jpeg, FrameSource.SNAPSHOT, OptionalLong.of(arrival)));
      }
    }
  }

  private boolean wanted(LaneId lane, long arrival) {
    return windows.withLane(lane, w -> w.wantsFrames(arrival, windows.vehicleNow(lane)));
  }
}
