package org.openparcs.controller.lane.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.openparcs.controller.garage.model.Camera;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.plate.application.PlateReadReceived;
import org.openparcs.controller.plate.application.PlateReads;
import org.openparcs.controller.plate.model.LaneReadWindow;
import org.openparcs.controller.plate.model.PlateRead;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.plate.model.ReadOffer;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.TimeOrderedId;

/**
 * A plate was read at a lane (pushed by a camera, or read by us from a frame): store the read, add
 * it up with the other reads of the same vehicle, and when they make the vehicle's read, decide and
 * hand the decision to the lane. The session moves later, when the lane counts the vehicle through.
 *
 * <p>Reads at one lane are handled one at a time; lanes run in parallel.
 */
public final class HandlePlateRead {

  /**
   * What one read led to.
   *
   * @param decided the decision, when this read made its vehicle's read
   */
  public record ReadOutcome(
      PlateRead read, ReadOffer.Status status, Optional<LaneOutcome> decided) {}

  private final GarageLayout garage;
  private final PlateReads reads;
  private final LaneReadWindows windows;
  private final DecideVehicle decide;
  private final Outbox outbox;
  private final Transactions tx;
  private final Clock clock;

  public HandlePlateRead(
      GarageLayout garage,
      PlateReads reads,
      LaneReadWindows windows,
      DecideVehicle decide,
      Outbox outbox,
      Transactions tx,
      Clock clock) {
    this.garage = garage;
    this.reads = reads;
    this.windows = windows;
    this.decide = decide;
    this.outbox = outbox;
    this.tx = tx;
    this.clock = clock;
  }

  /** A read a camera pushed just now: it belongs to the vehicle on the arming loop now. */
  public ReadOutcome handle(PlateReadReceived received) {
    return handle(received, (OptionalLong) null);
  }

  /**
   * A read of a plate captured while vehicle {@code capturedFor} stood on the arming loop (empty:
   * nobody did). It counts for that vehicle only while that vehicle is still there. Null: the
   * vehicle there when the lane's read lock is taken (a push is about the vehicle there now; taken
   * under the lock). The vehicle on the loop is taken once, when the lock is taken: a poll while
   * the read is stored cannot make its vehicle look gone (the vend reads the loop afresh anyway).
   */
  public ReadOutcome handle(PlateReadReceived received, OptionalLong capturedFor) {
    Camera camera = camera(received);
    Lane lane = garage.lane(camera.laneId()).orElseThrow();
    PlateText plate = PlateText.of(received.rawPlate());
    return windows.withLane(
        lane.id(),
        window -> {
          OptionalLong seen = windows.vehicleNow(lane.id());
          OptionalLong vehicle = capturedFor != null ? capturedFor : seen;
          Instant now = clock.instant();
          PlateRead read = read(received, camera, plate, now);
          Stored stored = store(lane, window, read, vehicle, seen, now);
          Optional<LaneOutcome> decided =
              stored
                  .decided()
                  .map(
                      d ->
                          decide.carryOut(
                              lane, stored.offer().settled().orElseThrow(), d, window, vehicle));
          return new ReadOutcome(read, stored.offer().status(), decided);
        });
  }

  /** What a read did to its vehicle's window, and the decision it settled, both committed. */
  private record Stored(ReadOffer offer, Optional<DecideVehicle.Decided> decided) {}

  /**
   * Stores the read and, when it settles its vehicle's read, the decision, in one commit. A read
   * whose commit failed is taken back out of the window, so nothing counts that was not stored.
   */
  private Stored store(
      Lane lane,
      LaneReadWindow window,
      PlateRead read,
      OptionalLong vehicle,
      OptionalLong seen,
      Instant now) {
    ReadOffer[] offered = new ReadOffer[1];
    try {
      return tx.inTransaction(
          () -> {
            reads.save(read);
            outbox.append(new GarageEvent.PlateReadRecorded(read), now);
            ReadOffer offer = window.offer(vehicle, seen, read, now);
            offered[0] = offer;
            return new Stored(
                offer, offer.settled().map(v -> decide.recordInCurrentTransaction(lane, v, now)));
          });
    } catch (RuntimeException e) {
      if (offered[0] != null) {
        window.withdraw(vehicle, read, offered[0].settled().isPresent());
      }
      throw e;
    }
  }

  private Camera camera(PlateReadReceived received) {
    return garage
        .camera(received.cameraId())
        .orElseThrow(() -> new UnknownCameraException(received.cameraId()));
  }

  private static PlateRead read(PlateReadReceived r, Camera camera, PlateText plate, Instant now) {
    return new PlateRead(
        TimeOrderedId.at(now),
        camera.laneId(),
        camera.id(),
        plate,
        r.rawPlate(),
        r.confidence(),
        r.charConfidences().size() == plate.value().length() ? r.charConfidences() : null,
        r.region(),
        r.box(),
        r.frameId(),
        r.source(),
        r.capturedAt(),
        now);
  }
}
