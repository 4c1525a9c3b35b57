package org.openparcs.controller.lane.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.openparcs.controller.garage.model.Camera;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.access.application.AccessDecisions;
import org.openparcs.controller.lane.access.application.Permits;
import org.openparcs.controller.lane.access.model.AccessDecision;
import org.openparcs.controller.lane.access.model.AccessRequest;
import org.openparcs.controller.lane.access.model.AccessRules;
import org.openparcs.controller.lane.access.model.RecordedDecision;
import org.openparcs.controller.lane.control.application.LaneControls;
import org.openparcs.controller.plate.application.PlateReadReceived;
import org.openparcs.controller.plate.application.PlateReads;
import org.openparcs.controller.plate.model.PlateRead;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.session.application.Sessions;
import org.openparcs.controller.session.model.OpenSession;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.TimeOrderedId;

/**
 * A camera read a plate at a lane: store the read, decide (with the lane's mode), and hand the
 * decision to the lane, which pulses the barrier only for a vehicle on the arming loop. The session
 * moves later, when the lane counts the vehicle through.
 *
 * <p>The read and the decision are committed before the barrier moves, so no vend exists without
 * its record. Reads at one lane are handled one at a time; lanes run in parallel.
 */
public final class HandlePlateRead {

  private final GarageLayout garage;
  private final AccessRules rules;
  private final PlateReads reads;
  private final Permits permits;
  private final Sessions sessions;
  private final AccessDecisions decisions;
  private final LaneControls lanes;
  private final VendAtLane vendAtLane;
  private final Outbox outbox;
  private final Transactions tx;
  private final Clock clock;
  private final ConcurrentMap<LaneId, Object> laneLocks = new ConcurrentHashMap<>();

  public HandlePlateRead(
      GarageLayout garage,
      AccessRules rules,
      PlateReads reads,
      Permits permits,
      Sessions sessions,
      AccessDecisions decisions,
      LaneControls lanes,
      VendAtLane vendAtLane,
      Outbox outbox,
      Transactions tx,
      Clock clock) {
    this.garage = garage;
    this.rules = rules;
    this.reads = reads;
    this.permits = permits;
    this.sessions = sessions;
    this.decisions = decisions;
    this.lanes = lanes;
    this.vendAtLane = vendAtLane;
    this.outbox = outbox;
    this.tx = tx;
    this.clock = clock;
  }

  public LaneOutcome handle(PlateReadReceived received) {
    Camera camera =
        garage
            .camera(received.cameraId())
            .orElseThrow(() -> new UnknownCameraException(received.cameraId()));
    Lane lane = garage.lane(camera.laneId()).orElseThrow();
    PlateText plate = PlateText.of(received.rawPlate());
    synchronized (laneLocks.computeIfAbsent(lane.id(), id -> new Object())) {
      Instant now = clock.instant();
      PlateRead read = read(received, camera, plate, now);
      RecordedDecision decision = tx.inTransaction(() -> recordReadAndDecide(read, lane, now));
      return new LaneOutcome(read, decision, vendAtLane.vend(lane, decision));
    }
  }

  private RecordedDecision recordReadAndDecide(PlateRead read, Lane lane, Instant now) {
    reads.save(read);
    outbox.append(new GarageEvent.PlateReadRecorded(read), now);
    Optional<OpenSession> open = sessions.openFor(read.plate());
    AccessRequest request =
        new AccessRequest(
            lane.direction(),
            read.plate(),
            now,
            permits.forPlate(read.plate()),
            open.map(OpenSession::id),
            lanes.mode(lane.id()));
    AccessDecision decision = rules.decide(request);
    RecordedDecision recorded =
        new RecordedDecision(
            TimeOrderedId.at(now), read.id(), lane.id(), read.plate(), decision, now);
    decisions.save(recorded);
    outbox.append(new GarageEvent.AccessDecided(recorded), now);
    return recorded;
  }

  private static PlateRead read(PlateReadReceived r, Camera camera, PlateText plate, Instant now) {
    return new PlateRead(
        TimeOrderedId.at(now),
        camera.laneId(),
        camera.id(),
        plate,
        r.rawPlate(),
        r.confidence(),
        r.region(),
        r.box(),
        r.source(),
        r.capturedAt(),
        now);
  }
}
