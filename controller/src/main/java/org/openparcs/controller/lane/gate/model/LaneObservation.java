package org.openparcs.controller.lane.gate.model;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import org.openparcs.controller.garage.model.LaneId;

/** What the lane monitor saw at one poll of a lane's I/O module. */
public sealed interface LaneObservation {

  LaneId lane();

  Instant at();

  /** Exhaustive handling of every observation (Java 17 has no pattern switch). */
  <T> T match(
      Function<SensorsChanged, T> changed,
      Function<DeviceFault, T> fault,
      Function<DeviceRecovered, T> recovered);

  /** The sensors changed from {@code before} to {@code after}. */
  record SensorsChanged(LaneId lane, SensorState before, SensorState after, Instant at)
      implements LaneObservation {
    public SensorsChanged {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }

    @Override
    public <T> T match(
        Function<SensorsChanged, T> changed,
        Function<DeviceFault, T> fault,
        Function<DeviceRecovered, T> recovered) {
      return changed.apply(this);
    }
  }

  /** The module failed; the lane is out of service until it answers again. */
  record DeviceFault(LaneId lane, String kind, String message, Instant at)
      implements LaneObservation {
    @Override
    public <T> T match(
        Function<SensorsChanged, T> changed,
        Function<DeviceFault, T> fault,
        Function<DeviceRecovered, T> recovered) {
      return fault.apply(this);
    }
  }

  /** The module answers again. */
  record DeviceRecovered(LaneId lane, Instant at) implements LaneObservation {
    @Override
    public <T> T match(
        Function<SensorsChanged, T> changed,
        Function<DeviceFault, T> fault,
        Function<DeviceRecovered, T> recovered) {
      return recovered.apply(this);
    }
  }
}
