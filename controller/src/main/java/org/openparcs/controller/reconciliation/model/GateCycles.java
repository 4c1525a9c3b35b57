package org.openparcs.controller.reconciliation.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Walks one lane's gate events in time order and splits them into vend cycles: each authorised
 * opening starts a cycle; an arm lift or a vehicle through more than {@code window} after the
 * cycle's opening (or before any) is unexplained; more than one vehicle through within the window
 * is a crowded opening. Vehicles through are VEHICLE_COUNTED where the lane reports it at all, else
 * SAFETY_LOOP_CLEARED: both readings are followed and the lane's end decides which one counts. Feed
 * events with {@link #accept} lane by lane and call {@link #endLane} after each lane. Events may
 * come without their ids (a lean stream): {@link #identify} then fills in the ids of the few events
 * the walk flagged.
 */
public final class GateCycles {

  private final Period period;
  private final Duration window;
  private final Set<String> authorized;
  private final List<GarageRecords.GateRecord> unexplained = new ArrayList<>();
  private final List<Crowd> crowded = new ArrayList<>();
  private final Reading counted = new Reading("VEHICLE_COUNTED");
  private final Reading loops = new Reading("SAFETY_LOOP_CLEARED");
  private boolean laneCounts;

  /** An authorised opening and the vehicles through after it. */
  private record Crowd(GarageRecords.GateRecord opening, List<GarageRecords.GateRecord> through) {}

  public GateCycles(Period period, Duration window, Set<String> authorized) {
    this.period = period;
    this.window = window;
    this.authorized = Set.copyOf(authorized);
  }

  /** One event; {@code id} may be null when the ids are filled in later. */
  public void accept(UUID id, String lane, String type, Instant at) {
    laneCounts |= type.equals("VEHICLE_COUNTED");
    GarageRecords.GateRecord event = new GarageRecords.GateRecord(id, lane, type, at);
    counted.accept(event);
    loops.accept(event);
  }

  /** The lane's events are all in: keep what its way of counting found. */
  public void endLane() {
    Reading chosen = laneCounts ? counted : loops;
    chosen.close();
    unexplained.addAll(chosen.unexplained);
    crowded.addAll(chosen.crowded);
    counted.reset();
    loops.reset();
    laneCounts = false;
  }

  /** Fills in the ids of the flagged events that came without one. */
  public void identify(Function<GarageRecords.GateRecord, UUID> idOf) {
    unexplained.replaceAll(e -> identified(e, idOf));
    crowded.replaceAll(
        c ->
            new Crowd(
                identified(c.opening(), idOf),
                c.through().stream().map(e -> identified(e, idOf)).toList()));
  }

  public List<GarageRecords.GateRecord> unexplained() {
    return unexplained;
  }

  public List<GarageRecords.CrowdedOpening> crowded() {
    return crowded.stream()
        .map(
            c ->
                new GarageRecords.CrowdedOpening(
                    c.opening().gateEventId(),
                    c.opening().lane(),
                    c.opening().at(),
                    c.through().stream().map(GarageRecords.GateRecord::gateEventId).toList()))
        .toList();
  }

  private static GarageRecords.GateRecord identified(
      GarageRecords.GateRecord e, Function<GarageRecords.GateRecord, UUID> idOf) {
    return e.gateEventId() != null
        ? e
        : new GarageRecords.GateRecord(idOf.apply(e), e.lane(), e.type(), e.at());
  }

  /** The cycles of one lane under one way of counting vehicles through. */
  private final class Reading {
    private final String passageType;
    private final List<GarageRecords.GateRecord> unexplained = new ArrayList<>();
    private final List<Crowd> crowded = new ArrayList<>();
    private GarageRecords.GateRecord opening;
    private List<GarageRecords.GateRecord> through = new ArrayList<>();

    Reading(String passageType) {
      this.passageType = passageType;
    }

    void accept(GarageRecords.GateRecord e) {
      if (authorized.contains(e.type())) {
        close();
        opening = e;
        return;
      }
      boolean passage = e.type().equals(passageType);
      if (!passage && !e.type().equals("ARM_UP")) {
        return;
      }
      boolean inWindow = opening != null && !e.at().isAfter(opening.at().plus(window));
      if (!inWindow && period.contains(e.at())) {
        unexplained.add(e);
      }
      if (inWindow && passage) {
        through.add(e);
      }
    }

    void close() {
      if (opening != null && through.size() > 1 && period.contains(opening.at())) {
        crowded.add(new Crowd(opening, through));
      }
      through = new ArrayList<>();
    }

    void reset() {
      unexplained.clear();
      crowded.clear();
      opening = null;
      through = new ArrayList<>();
    }
  }
}
