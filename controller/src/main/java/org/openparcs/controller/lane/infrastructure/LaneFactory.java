package org.openparcs.controller.lane.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.access.application.AccessDecisions;
import org.openparcs.controller.lane.access.application.Permits;
import org.openparcs.controller.lane.access.infrastructure.VisitorSettings;
import org.openparcs.controller.lane.access.model.AccessRules;
import org.openparcs.controller.lane.application.CorrectPlateRead;
import org.openparcs.controller.lane.application.DecideVehicle;
import org.openparcs.controller.lane.application.ExpireReadWindows;
import org.openparcs.controller.lane.application.HandlePlateRead;
import org.openparcs.controller.lane.application.LaneReadWindows;
import org.openparcs.controller.lane.application.MatchExitToEntry;
import org.openparcs.controller.lane.application.OperatorVend;
import org.openparcs.controller.lane.application.ReviewReads;
import org.openparcs.controller.lane.application.VendAtLane;
import org.openparcs.controller.lane.control.application.LaneControls;
import org.openparcs.controller.lane.control.application.LaneExceptions;
import org.openparcs.controller.lane.control.application.RecordLaneEffects;
import org.openparcs.controller.lane.control.application.VendThroughLane;
import org.openparcs.controller.lane.device.application.AnnounceDecision;
import org.openparcs.controller.lane.gate.application.GateEvents;
import org.openparcs.controller.plate.application.PlateCorrections;
import org.openparcs.controller.plate.application.PlateReads;
import org.openparcs.controller.plate.application.ReadViews;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.session.application.Sessions;
import org.openparcs.controller.shared.application.Transactions;

/**
 * Wires reads at the lanes: read windows, decisions, operators' corrections, and the vend at the
 * lane that plate reads and card reads share.
 */
@Factory
public class LaneFactory {

  @Singleton
  LaneReadWindows laneReadWindows(LaneControls controls, ReadSettings settings) {
    return new LaneReadWindows(controls, settings.agreement());
  }

  /** One vend path for every credential: plate reads and card reads alike. */
  @Singleton
  VendAtLane vendAtLane(
      VendThroughLane vendThroughLane,
      RecordLaneEffects laneRecords,
      GateEvents gateEvents,
      Outbox outbox,
      Transactions tx,
      Clock clock,
      AnnounceDecision announce) {
    return new VendAtLane(vendThroughLane, laneRecords, gateEvents, outbox, tx, clock, announce);
  }

  @Singleton
  MatchExitToEntry matchExitToEntry(
      LaneExceptions exceptions,
      JdbcExitEntryDecisions decisions,
      Sessions sessions,
      Transactions tx,
      Clock clock) {
    return new MatchExitToEntry(exceptions, decisions, sessions, tx, clock);
  }

  @Singleton
  DecideVehicle decideVehicle(
      AccessRules rules,
      ReadSettings settings,
      Permits permits,
      Sessions sessions,
      AccessDecisions decisions,
      LaneExceptions exceptions,
      LaneControls lanes,
      VendAtLane vendAtLane,
      Outbox outbox,
      Transactions tx,
      Clock clock,
      VisitorSettings visitors) {
    return new DecideVehicle(
        rules,
        settings.matcher(),
        permits,
        sessions,
        decisions,
        exceptions,
        lanes,
        vendAtLane,
        outbox,
        tx,
        clock,
        visitors.admitted());
  }

  @Singleton
  OperatorVend operatorVend(
      LaneControls lanes,
      AccessDecisions decisions,
      VendAtLane vendAtLane,
      Outbox outbox,
      Transactions tx,
      Clock clock) {
    return new OperatorVend(lanes, decisions, vendAtLane, outbox, tx, clock);
  }

  @Singleton
  HandlePlateRead handlePlateRead(
      GarageLayout garage,
      PlateReads reads,
      LaneReadWindows windows,
      DecideVehicle decide,
      Outbox outbox,
      Transactions tx,
      Clock clock) {
    return new HandlePlateRead(garage, reads, windows, decide, outbox, tx, clock);
  }

  @Singleton
  ExpireReadWindows expireReadWindows(LaneReadWindows windows, DecideVehicle decide) {
    return new ExpireReadWindows(windows, decide);
  }

  @Singleton
  CorrectPlateRead correctPlateRead(
      GarageLayout garage,
      PlateReads reads,
      LaneExceptions exceptions,
      PlateCorrections corrections,
      LaneReadWindows windows,
      DecideVehicle decide,
      Outbox outbox,
      Transactions tx,
      Clock clock) {
    return new CorrectPlateRead(
        garage, reads, exceptions, corrections, windows, decide, outbox, tx, clock);
  }

  @Singleton
  ReviewReads reviewReads(GarageLayout garage, ReadViews views, Transactions tx) {
    return new ReviewReads(garage, views, tx);
  }
}
