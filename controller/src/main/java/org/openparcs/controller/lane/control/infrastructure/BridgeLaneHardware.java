package org.openparcs.controller.lane.control.infrastructure;

import jakarta.inject.Singleton;
import org.openparcs.bridge.io.IoModuleException;
import org.openparcs.bridge.lane.LaneIo;
import org.openparcs.bridge.lane.LaneSignals;
import org.openparcs.bridge.lane.LoopCounts;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.application.DeviceFailure;
import org.openparcs.controller.lane.control.application.LaneHardware;
import org.openparcs.controller.lane.control.model.DeviceCommand;
import org.openparcs.controller.lane.control.model.LaneReading;
import org.openparcs.controller.lane.control.model.LoopTally;
import org.openparcs.controller.lane.gate.infrastructure.LaneDevices;
import org.openparcs.controller.lane.gate.model.SensorState;

/** The lanes' I/O modules through the lane firmware bridge. */
@Singleton
public class BridgeLaneHardware implements LaneHardware {

  private final LaneDevices devices;

  public BridgeLaneHardware(LaneDevices devices) {
    this.devices = devices;
  }

  @Override
  public LaneReading read(LaneId lane, boolean withCounters) throws DeviceFailure {
    LaneIo io = devices.lane(lane);
    try {
      LoopTally tally = null;
      if (withCounters) {
        // Counters first: an arrival they count is then in the inputs read next, never ahead.
        LoopCounts c = io.readLoopCounts();
        tally = new LoopTally(c.armingLoop(), c.safetyLoop());
      }
      LaneSignals s = io.readSignals();
      return new LaneReading(
          new SensorState(s.armingLoopOccupied(), s.safetyLoopOccupied(), s.armUp(), s.armDown()),
          tally);
    } catch (IoModuleException e) {
      throw new DeviceFailure(e.kind(), e.getMessage());
    }
  }

  @Override
  public void perform(LaneId lane, DeviceCommand command) throws DeviceFailure {
    LaneIo io = devices.lane(lane);
    try {
      switch (command) {
        case PULSE_OPEN -> io.pulseOpen();
        case HOLD_OPEN -> io.holdOpen(true);
        case RELEASE_HOLD -> io.holdOpen(false);
      }
    } catch (IoModuleException e) {
      throw new DeviceFailure(e.kind(), e.getMessage());
    }
  }
}
