package org.openparcs.controller.reconciliation.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Walks one lane's gate events in time order and splits them into vend cycles: each authorised
 * opening starts a cycle; an arm lift or a vehicle through more than {@code window} after the
 * cycle's opening (or before any) is unexplained; more than one vehicle through within the window
 * is a crowded opening. Vehicles through are VEHICLE_COUNTED where the lane reports it at all, else
 * SAFETY_LOOP_CLEARED: both readings are followed and the lane's end decides which one counts. Feed
 * events with {@link #accept} lane by lane; call {@link #endLane} after each lane.
 */
public final class GateCycles {

  private final Period period;
  private final Duration window;
  private final Set<String> authorized;
  private final List<GarageRecords.GateRecord> unexplained = new ArrayList<>();
  private final List<GarageRecords.CrowdedOpening> crowded = new ArrayList<>();
  private final Reading counted = new Reading("VEHICLE_COUNTED");
  private final Reading loops = new Reading("SAFETY_LOOP_CLEARED");
  private boolean laneCounts;

  public GateCycles(Period period, Duration window, Set<String> authorized) {
    this.period = period;
    this.window = window;
    this.authorized = Set.copyOf(authorized);
  }

  public void accept(UUID id, String lane, String type, Instant at) {
    laneCounts |= type.equals("VEHICLE_COUNTED");
    counted.accept(id, lane, type, at);
    loops.accept(id, lane, type, at);
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

  public List<GarageRecords.GateRecord> unexplained() {
    return unexplained;
  }

  public List<GarageRecords.CrowdedOpening> crowded() {
    return crowded;
  }

  /** The cycles of one lane under one way of counting vehicles through. */
  private final class Reading {
    private final String passageType;
    private final List<GarageRecords.GateRecord> unexplained = new ArrayList<>();
    private final List<GarageRecords.CrowdedOpening> crowded = new ArrayList<>();
    private UUID openingId;
    private String openingLane;
    private Instant openedAt;
    private List<UUID> passages = new ArrayList<>();

    Reading(String passageType) {
      this.passageType = passageType;
    }

    void accept(UUID id, String lane, String type, Instant at) {
      if (authorized.contains(type)) {
        close();
        openingId = id;
        openingLane = lane;
        openedAt = at;
        return;
      }
      boolean passage = type.equals(passageType);
      if (!passage && !type.equals("ARM_UP")) {
        return;
      }
      boolean inWindow = openedAt != null && !at.isAfter(openedAt.plus(window));
      if (!inWindow && period.contains(at)) {
        unexplained.add(new GarageRecords.GateRecord(id, lane, type, at));
      }
      if (inWindow && passage) {
        passages.add(id);
      }
    }

    void close() {
      if (openingId != null && passages.size() > 1 && period.contains(openedAt)) {
        crowded.add(new GarageRecords.CrowdedOpening(openingId, openingLane, openedAt, passages));
      }
      passages = new ArrayList<>();
    }

    void reset() {
      unexplained.clear();
      crowded.clear();
      openingId = null;
      openingLane = null;
      openedAt = null;
      passages = new ArrayList<>();
    }
  }
}
