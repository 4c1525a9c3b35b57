package org.openparcs.controller.lane.gate.infrastructure;

import jakarta.inject.Singleton;
import org.openparcs.bridge.io.IoModuleException;
import org.openparcs.bridge.lane.LaneIo;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.gate.application.LaneBarrier;
import org.openparcs.controller.lane.gate.model.VendResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens barriers through the lane firmware bridge. */
@Singleton
public class BridgeLaneBarrier implements LaneBarrier {

  private static final Logger LOG = LoggerFactory.getLogger(BridgeLaneBarrier.class);

  private final LaneDevices devices;

  public BridgeLaneBarrier(LaneDevices devices) {
    this.devices = devices;
  }

  @Override
  public VendResult vendIfVehiclePresent(LaneId lane) {
    LaneIo io = devices.lane(lane);
    // Presence is read fresh and the pulse follows at once, with no other vend in between.
    synchronized (io) {
      try {
        if (!io.readSignals().armingLoopOccupied()) {
          return new VendResult.NoVehicle();
        }
        io.pulseOpen();
        return new VendResult.Vended();
      } catch (IoModuleException e) {
        LOG.warn("Lane {}: vend failed, barrier not opened: {}", lane, e.getMessage());
        return new VendResult.DeviceFailed(e.kind(), e.getMessage());
      }
    }
  }
}
