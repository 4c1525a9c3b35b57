package org.openparcs.controller.lane.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.application.LaneControls;
import org.openparcs.controller.lane.control.application.ReadEvidence;
import org.openparcs.controller.lane.control.application.UnknownLaneException;
import org.openparcs.controller.plate.model.LaneReadWindow;
import org.openparcs.controller.plate.model.PlateRead;
import org.openparcs.controller.plate.model.ReadAgreement;
import org.openparcs.controller.plate.model.ReadCandidates;

/**
 * Each lane's read window behind the lane's read lock: the reads of a lane, the decisions they lead
 * to and operators' corrections there are handled one at a time, lanes in parallel. The vehicle on
 * the arming loop is the lane state machine's. Lock order: a lane's read lock before its machine.
 */
public final class LaneReadWindows implements ReadEvidence {

  private final LaneControls controls;
  private final Map<LaneId, LaneReadWindow> windows = new LinkedHashMap<>();

  public LaneReadWindows(LaneControls controls, ReadAgreement rules) {
    this.controls = controls;
    for (Lane lane : controls.lanes()) {
      windows.put(lane.id(), new LaneReadWindow(rules));
    }
  }

  /** Runs {@code work} on the lane's window under the lane's read lock. */
  public <T> T withLane(LaneId lane, Function<LaneReadWindow, T> work) {
    LaneReadWindow window = windows.get(lane);
    if (window == null) {
      throw new UnknownLaneException(lane);
    }
    synchronized (window) {
      return work.apply(window);
    }
  }

  /** The arrival number of the vehicle on the lane's arming loop now, or empty. */
  public OptionalLong vehicleNow(LaneId lane) {
    return controls
        .vehicleOnLoop(lane)
        .map(v -> OptionalLong.of(v.arrival()))
        .orElse(OptionalLong.empty());
  }

  @Override
  public Attachment forWaitingVehicle(LaneId lane) {
    return withLane(
        lane,
        w -> {
          LaneReadWindow.Evidence e = w.evidence(vehicleNow(lane));
          return new Attachment(
              e.read().map(PlateRead::id).orElse(null),
              e.frame().orElse(null),
              ReadCandidates.choose(e.reads()).stream().map(PlateRead::id).toList());
        });
  }

  @Override
  public void exceptionRaised(LaneId lane, UUID exceptionId) {
    withLane(
        lane,
        w -> {
          w.exceptionRaised(vehicleNow(lane), exceptionId);
          return null;
        });
  }
}
