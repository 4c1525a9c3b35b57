package org.openparcs.controller.lane.control.model;

import java.util.Objects;
import java.util.UUID;
import org.openparcs.controller.lane.gate.model.GateEventType;

/** What the lane state machine asks for: a device command, a record, an alarm, a count. */
public sealed interface LaneEffect {

  /** Exhaustive handling of every effect (Java 17 has no pattern switch). */
  <T> T accept(Visitor<T> visitor);

  /** One method per effect: adding an effect breaks every visitor until it handles it. */
  interface Visitor<T> {
    T command(Command c);

    T record(Record r);

    T alarm(Alarm a);

    T counted(Counted c);
  }

  /**
   * Send {@code command} to the I/O module now.
   *
   * @param ticket the vend a pulse is for, or null
   */
  record Command(DeviceCommand command, VendTicket ticket) implements LaneEffect {
    public Command {
      Objects.requireNonNull(command, "command");
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.command(this);
    }
  }

  /**
   * Store a gate event.
   *
   * @param decisionId the decision the event belongs to, or null
   * @param detail operator-facing detail, or null
   */
  record Record(GateEventType type, UUID decisionId, String detail) implements LaneEffect {
    public Record {
      Objects.requireNonNull(type, "type");
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.record(this);
    }
  }

  /** Raise an exception to the operator (stored and reported). */
  record Alarm(LaneExceptionKind kind, UUID decisionId, String detail) implements LaneEffect {
    public Alarm {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.alarm(this);
    }
  }

  /** The vehicle of {@code ticket} is counted through the lane: its session moves now. */
  record Counted(VendTicket ticket) implements LaneEffect {
    public Counted {
      Objects.requireNonNull(ticket, "ticket");
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.counted(this);
    }
  }
}
