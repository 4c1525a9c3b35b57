package org.openparcs.controller.lane.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.lane.access.application.AccessDecisions;
import org.openparcs.controller.lane.access.application.Permits;
import org.openparcs.controller.lane.access.model.AccessDecision;
import org.openparcs.controller.lane.access.model.AccessRequest;
import org.openparcs.controller.lane.access.model.AccessRules;
import org.openparcs.controller.lane.access.model.EntryCandidates;
import org.openparcs.controller.lane.access.model.Permit;
import org.openparcs.controller.lane.access.model.PlateMatch;
import org.openparcs.controller.lane.access.model.PlateMatcher;
import org.openparcs.controller.lane.access.model.RecordedDecision;
import org.openparcs.controller.lane.control.application.LaneControls;
import org.openparcs.controller.lane.control.application.LaneExceptions;
import org.openparcs.controller.lane.control.model.LaneException;
import org.openparcs.controller.plate.model.LaneReadWindow;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.plate.model.VehicleRead;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.session.application.Sessions;
import org.openparcs.controller.session.model.OpenSession;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.TimeOrderedId;

/**
 * Decides on one vehicle's read: matches it to the plates the garage knows (permits and open
 * sessions near the read), runs the access rules, stores the decision with the rule and the match
 * that made it, raises an exception for the operator when the read cannot be trusted (image
 * attached), and hands the decision to the lane. The decision is committed before the barrier
 * moves. Call under the lane's read lock.
 */
public final class DecideVehicle {

  private final AccessRules rules;
  private final PlateMatcher matcher;
  private final Permits permits;
  private final Sessions sessions;
  private final AccessDecisions decisions;
  private final LaneExceptions exceptions;
  private final LaneControls lanes;
  private final VendAtLane vendAtLane;
  private final Outbox outbox;
  private final Transactions tx;
  private final Clock clock;
  private final boolean visitorsAdmitted;
  private final EntryCandidates entryCandidates;

  public DecideVehicle(
      AccessRules rules,
      PlateMatcher matcher,
      Permits permits,
      Sessions sessions,
      AccessDecisions decisions,
      LaneExceptions exceptions,
      LaneControls lanes,
      VendAtLane vendAtLane,
      Outbox outbox,
      Transactions tx,
      Clock clock,
      boolean visitorsAdmitted) {
    this.rules = rules;
    this.matcher = matcher;
    this.permits = permits;
    this.sessions = sessions;
    this.decisions = decisions;
    this.exceptions = exceptions;
    this.lanes = lanes;
    this.vendAtLane = vendAtLane;
    this.outbox = outbox;
    this.tx = tx;
    this.clock = clock;
    this.visitorsAdmitted = visitorsAdmitted;
    this.entryCandidates = new EntryCandidates(matcher.comparison());
  }

  /**
   * Decides in a transaction of its own, then carries the decision out.
   *
   * @param window the lane's read window (its lock held by the caller)
   * @param vehicle the arrival the read was captured for, or empty (nobody on the arming loop)
   */
  public LaneOutcome decide(
      Lane lane, VehicleRead read, LaneReadWindow window, OptionalLong vehicle) {
    Instant now = clock.instant();
    Decided decided = tx.inTransaction(() -> record(lane, read, now));
    return carryOut(lane, read, decided, window, vehicle);
  }

  /**
   * Decides and writes the decision (and the exception for the operator, if any) in the caller's
   * transaction, so a read and the decision it settled share one commit. Carry it out with {@link
   * #carryOut} once that commit is done: the barrier never moves on an uncommitted decision.
   */
  public Decided recordInCurrentTransaction(Lane lane, VehicleRead read, Instant now) {
    return record(lane, read, now);
  }

  /**
   * After the decision's commit: tells the read window, and hands the decision to the lane.
   *
   * @param window the lane's read window (its lock held by the caller)
   * @param vehicle the arrival the read was captured for, or empty (nobody on the arming loop)
   */
  public LaneOutcome carryOut(
      Lane lane, VehicleRead read, Decided decided, LaneReadWindow window, OptionalLong vehicle) {
    decided.exception().ifPresent(e -> window.exceptionRaised(vehicle, e.id()));
    if (decided.decision().granted() && vehicle.isPresent()) {
      window.granted(vehicle.getAsLong());
    }
    return new LaneOutcome(
        read.read(), decided.decision(), vendAtLane.vend(lane, decided.decision()));
  }

  /** A decision as stored, with the exception raised for the operator, if any. */
  public record Decided(RecordedDecision decision, Optional<LaneException> exception) {}

  private Decided record(Lane lane, VehicleRead read, Instant now) {
    PlateText plate = read.plate();
    Set<String> keys = matcher.candidateKeys(plate, read.charConfidences());
    List<Permit> nearPermits = permits.near(keys, matcher.comparison());
    List<OpenSession> nearSessions = sessions.openNear(keys, matcher.comparison());
    Set<PlateText> known = new HashSet<>();
    nearPermits.forEach(p -> known.add(p.plate()));
    nearSessions.forEach(s -> known.add(s.plate()));
    PlateMatch match = matcher.match(plate, read.charConfidences(), known);
    Optional<PlateText> credential = match.matched();
    AccessRequest request =
        new AccessRequest(
            lane.direction(),
            plate,
            now,
            nearPermits.stream().filter(p -> credential.equals(Optional.of(p.plate()))).toList(),
            nearSessions.stream()
                .filter(s -> credential.equals(Optional.of(s.plate())))
                .map(OpenSession::id)
                .findFirst(),
            lanes.mode(lane.id()),
            match,
            read.certain());
    AccessDecision decision = rules.decide(request);
    RecordedDecision recorded =
        new RecordedDecision(
            TimeOrderedId.at(now),
            read.read().id(),
            lane.id(),
            plate,
            decision,
            now,
            match,
            read.basis(),
            read.reads());
    decisions.save(recorded);
    outbox.append(new GarageEvent.AccessDecided(recorded), now);
    Optional<LaneException> exception =
        ReadExceptions.forDecision(lane, recorded, read, now)
            .or(
                () ->
                    NoEntryFoundExceptions.forDecision(
                        lane,
                        visitorsAdmitted,
                        recorded,
                        read,
                        () ->
                            entryCandidates.closest(
                                plate,
                                sessions.openNear(
                                    new LinkedHashSet<>(entryCandidates.lookupKeys(plate)),
                                    matcher.comparison()),
                                OpenSession::plate),
                        now));
    exception.ifPresent(
        e -> {
          exceptions.save(e);
          outbox.append(new GarageEvent.LaneExceptionRaised(e), now);
        });
    return new Decided(recorded, exception);
  }
}
