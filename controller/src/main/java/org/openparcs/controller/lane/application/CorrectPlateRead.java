package org.openparcs.controller.lane.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.application.LaneExceptions;
import org.openparcs.controller.lane.control.model.LaneException;
import org.openparcs.controller.plate.application.PlateCorrections;
import org.openparcs.controller.plate.application.PlateReads;
import org.openparcs.controller.plate.model.LaneReadWindow;
import org.openparcs.controller.plate.model.PlateCorrection;
import org.openparcs.controller.plate.model.PlateRead;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.plate.model.ReadBasis;
import org.openparcs.controller.plate.model.VehicleRead;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.shared.application.NotFoundException;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.TimeOrderedId;

/**
 * An operator reads a plate from the image and corrects what the camera read (or enters what nobody
 * read). The correction is stored and audited with who, when, why, the original and the corrected
 * text, reported to the portal (POLICY K3, K4), and kept as a read of its own. When the vehicle it
 * is about still waits on the arming loop and was not let through, the lane decides again on the
 * corrected plate: the barrier opens if the rules grant it.
 */
public final class CorrectPlateRead {

  /**
   * What the operator asks for: the read or the exception corrected (one of them), the plate read
   * from the image, and who and why.
   */
  public record Command(
      UUID readId, UUID exceptionId, String plate, String operator, String reason) {}

  /** The stored correction, and the decision taken on it for a vehicle still waiting. */
  public record Result(PlateCorrection correction, Optional<LaneOutcome> decided) {}

  private record Target(LaneId lane, Optional<PlateRead> read, Optional<LaneException> exception) {}

  private final GarageLayout garage;
  private final PlateReads reads;
  private final LaneExceptions exceptions;
  private final PlateCorrections corrections;
  private final LaneReadWindows windows;
  private final DecideVehicle decide;
  private final Outbox outbox;
  private final Transactions tx;
  private final Clock clock;

  public CorrectPlateRead(
      GarageLayout garage,
      PlateReads reads,
      LaneExceptions exceptions,
      PlateCorrections corrections,
      LaneReadWindows windows,
      DecideVehicle decide,
      Outbox outbox,
      Transactions tx,
      Clock clock) {
    this.garage = garage;
    this.reads = reads;
    this.exceptions = exceptions;
    this.corrections = corrections;
    this.windows = windows;
    this.decide = decide;
    this.outbox = outbox;
    this.tx = tx;
    this.clock = clock;
  }

  public Result correct(Command command) {
    PlateText corrected = PlateText.of(command.plate());
    Target target = tx.readOnly(() -> target(command));
    Lane lane = garage.lane(target.lane()).orElseThrow();
    return windows.withLane(
        lane.id(),
        window -> {
          Instant now = clock.instant();
          PlateRead operatorRead = operatorRead(lane, target, corrected, command.plate(), now);
          PlateCorrection correction =
              new PlateCorrection(
                  TimeOrderedId.at(now),
                  lane.id(),
                  target.read().map(PlateRead::id).orElse(null),
                  target.exception().map(LaneException::id).orElse(null),
                  operatorRead.id(),
                  target.read().map(PlateRead::plate).orElse(null),
                  corrected,
                  command.operator(),
                  command.reason(),
                  now,
                  null);
          OptionalLong vehicle = windows.vehicleNow(lane.id());
          boolean waiting = waitingFor(window, target, vehicle);
          tx.inTransaction(
              () -> {
                reads.save(operatorRead);
                outbox.append(new GarageEvent.PlateReadRecorded(operatorRead), now);
                corrections.save(correction);
                outbox.append(new GarageEvent.PlateCorrected(correction), now);
                return null;
              });
          if (!waiting) {
            return new Result(correction, Optional.empty());
          }
          LaneOutcome outcome =
              decide.decide(
                  lane, VehicleRead.of(operatorRead, ReadBasis.OPERATOR), window, vehicle);
          tx.inTransaction(
              () -> {
                corrections.decided(correction.id(), outcome.decision().id());
                return null;
              });
          return new Result(correction.withDecision(outcome.decision().id()), Optional.of(outcome));
        });
  }

  private Target target(Command c) {
    if ((c.readId() == null) == (c.exceptionId() == null)) {
      throw new IllegalArgumentException("a correction is of one read or of one exception");
    }
    if (c.readId() != null) {
      PlateRead read =
          reads
              .find(c.readId())
              .orElseThrow(() -> new NotFoundException("no plate read " + c.readId()));
      return new Target(read.laneId(), Optional.of(read), Optional.empty());
    }
    LaneException exception =
        exceptions
            .find(c.exceptionId())
            .orElseThrow(() -> new NotFoundException("no lane exception " + c.exceptionId()));
    if (!exception.kind().awaitsPlateReading()) {
      throw new IllegalArgumentException(
          "exception " + exception.id() + " (" + exception.kind() + ") is not about a plate read");
    }
    Optional<PlateRead> read =
        exception.readId() == null ? Optional.empty() : reads.find(exception.readId());
    return new Target(exception.laneId(), read, Optional.of(exception));
  }

  private static boolean waitingFor(LaneReadWindow window, Target target, OptionalLong vehicle) {
    return target.exception().map(e -> window.waitingFor(e.id(), vehicle)).orElse(false)
        || target.read().map(r -> window.waitingFor(r.id(), vehicle)).orElse(false);
  }

  /**
   * The operator's read, on the frame the operator looked at, credited to the camera of the read
   * corrected (or the lane's first camera when nothing was read).
   */
  private PlateRead operatorRead(
      Lane lane, Target target, PlateText plate, String raw, Instant now) {
    CameraId camera =
        target
            .read()
            .map(PlateRead::cameraId)
            .orElseGet(
                () ->
                    garage.cameras().stream()
                        .filter(c -> c.laneId().equals(lane.id()))
                        .findFirst()
                        .orElseThrow()
                        .id());
    UUID frame =
        target
            .exception()
            .map(LaneException::frameId)
            .orElse(target.read().map(PlateRead::frameId).orElse(null));
    return new PlateRead(
        TimeOrderedId.at(now),
        lane.id(),
        camera,
        plate,
        raw.strip(),
        1.0,
        List.of(),
        null,
        null,
        frame,
        "operator",
        now,
        now);
  }
}
