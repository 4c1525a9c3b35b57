package org.openparcs.controller.lane.control.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.control.application.ChangeLaneMode;
import org.openparcs.controller.lane.control.application.LaneControls;
import org.openparcs.controller.lane.control.application.LaneExceptions;
import org.openparcs.controller.lane.control.application.LaneHardware;
import org.openparcs.controller.lane.control.application.LaneModeChanges;
import org.openparcs.controller.lane.control.application.ListLaneExceptions;
import org.openparcs.controller.lane.control.application.ObserveLane;
import org.openparcs.controller.lane.control.application.PerformCommands;
import org.openparcs.controller.lane.control.application.ReadEvidence;
import org.openparcs.controller.lane.control.application.RecordLaneEffects;
import org.openparcs.controller.lane.control.application.VehicleWatch;
import org.openparcs.controller.lane.control.application.VendThroughLane;
import org.openparcs.controller.lane.gate.application.GateEvents;
import org.openparcs.controller.plate.application.CandidateReads;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.session.application.Sessions;
import org.openparcs.controller.shared.application.ChangeNotices;
import org.openparcs.controller.shared.application.Transactions;

/** Wires each lane's state machine to its devices, its records and its operators. */
@Factory
public class ControlFactory {

  @Singleton
  LaneControls laneControls(
      GarageLayout garage,
      LaneControlSettings settings,
      LaneModeChanges modes,
      LaneHardware hardware,
      Transactions tx,
      ChangeNotices notices) {
    // Modes survive a restart: a lane locked closed stays locked.
    return new LaneControls(
        garage.lanes(),
        settings.timings(),
        tx.readOnly(modes::current),
        new PerformCommands(hardware),
        notices);
  }

  /** Exceptions about a waiting vehicle carry what was read of it (its read windows know). */
  @Singleton
  RecordLaneEffects recordLaneEffects(
      GateEvents gateEvents,
      LaneExceptions exceptions,
      Sessions sessions,
      Outbox outbox,
      Transactions tx,
      ReadEvidence evidence) {
    return new RecordLaneEffects(gateEvents, exceptions, sessions, outbox, tx, evidence);
  }

  /** After each poll the vehicle watches (read windows, snapshot pulls) see the arming loop. */
  @Singleton
  ObserveLane observeLane(
      LaneControls controls,
      LaneHardware hardware,
      RecordLaneEffects record,
      List<VehicleWatch> watches,
      Clock clock) {
    return new ObserveLane(controls, hardware, record, watches, clock);
  }

  @Singleton
  VendThroughLane vendThroughLane(LaneControls controls, LaneHardware hardware, Clock clock) {
    return new VendThroughLane(controls, hardware, clock);
  }

  @Singleton
  ChangeLaneMode changeLaneMode(
      LaneControls controls,
      LaneModeChanges changes,
      RecordLaneEffects record,
      Outbox outbox,
      Transactions tx,
      Clock clock) {
    return new ChangeLaneMode(controls, changes, record, outbox, tx, clock);
  }

  @Singleton
  ListLaneExceptions listLaneExceptions(
      LaneControls controls,
      LaneExceptions exceptions,
      CandidateReads candidates,
      Transactions tx) {
    return new ListLaneExceptions(controls, exceptions, candidates, tx);
  }
}
