package org.openparcs.controller.lane.control.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.model.DeviceCommand;
import org.openparcs.controller.lane.control.model.LaneException;
import org.openparcs.controller.lane.control.model.LaneReading;
import org.openparcs.controller.lane.gate.application.GateEvents;
import org.openparcs.controller.lane.gate.model.GateEvent;
import org.openparcs.controller.lane.gate.model.SensorState;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.session.application.Sessions;
import org.openparcs.controller.session.model.ClosedSession;
import org.openparcs.controller.session.model.OpenSession;
import org.openparcs.controller.shared.application.Transactions;

/** Hand-written in-memory stand-ins for the lane control's ports. */
final class LaneFakes {

  private LaneFakes() {}

  /** A lane's I/O module whose sensors the test sets; remembers the commands it got. */
  static final class Hardware implements LaneHardware {
    SensorState sensors = new SensorState(false, false, false, true);
    DeviceFailure failCommands;
    final List<DeviceCommand> commands = new ArrayList<>();

    @Override
    public LaneReading read(LaneId lane, boolean withCounters) {
      return new LaneReading(sensors, null);
    }

    @Override
    public void perform(LaneId lane, DeviceCommand command) throws DeviceFailure {
      if (failCommands != null) {
        throw failCommands;
      }
      commands.add(command);
    }
  }

  static final class Events implements GateEvents, LaneExceptions, Outbox {
    final List<GateEvent> gate = new ArrayList<>();
    final List<LaneException> exceptions = new ArrayList<>();
    final List<String> reported = new ArrayList<>();

    @Override
    public void save(GateEvent event) {
      gate.add(event);
    }

    @Override
    public void save(LaneException exception) {
      exceptions.add(exception);
    }

    @Override
    public Optional<LaneException> find(UUID id) {
      return exceptions.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public List<LaneException> recent(LaneId lane, int limit) {
      return List.copyOf(exceptions);
    }

    @Override
    public void append(GarageEvent event, Instant occurredAt) {
      reported.add(event.type());
    }
  }

  static final class InMemorySessions implements Sessions {
    final Map<PlateText, OpenSession> open = new HashMap<>();
    final List<ClosedSession> closed = new ArrayList<>();

    @Override
    public Optional<OpenSession> openFor(PlateText plate) {
      return Optional.ofNullable(open.get(plate));
    }

    @Override
    public List<OpenSession> openNear(Set<String> keys, PlateComparison comparison) {
      return open.values().stream().filter(s -> keys.contains(comparison.key(s.plate()))).toList();
    }

    @Override
    public void open(OpenSession session) {
      open.put(session.plate(), session);
    }

    @Override
    public void close(ClosedSession session) {
      open.remove(session.entry().plate());
      closed.add(session);
    }
  }

  static final class Direct implements Transactions {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
      return work.get();
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
      return work.get();
    }
  }

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-11-22T08:00:00Z");

    void advanceMillis(long ms) {
      now = now.plusMillis(ms);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
