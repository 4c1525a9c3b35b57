package org.openparcs.controller.lane.application;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.lane.access.model.AccessDecision;
import org.openparcs.controller.lane.access.model.RecordedDecision;
import org.openparcs.controller.lane.control.model.LaneException;
import org.openparcs.controller.lane.control.model.LaneExceptionKind;
import org.openparcs.controller.plate.model.PlateRead;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.plate.model.VehicleRead;
import org.openparcs.controller.shared.model.TimeOrderedId;

/** The operator exceptions a decision calls for: reads the rules would not guess at (POLICY K3). */
final class ReadExceptions {

  private ReadExceptions() {}

  static Optional<LaneException> forDecision(
      Lane lane, RecordedDecision decision, VehicleRead read, Instant at) {
    return decision
        .decision()
        .match(g -> Optional.<LaneException>empty(), d -> forDenial(lane, decision, d, read, at));
  }

  private static Optional<LaneException> forDenial(
      Lane lane,
      RecordedDecision decision,
      AccessDecision.Denied denied,
      VehicleRead read,
      Instant at) {
    LaneExceptionKind kind;
    String detail;
    switch (denied.reason()) {
      case READ_UNCERTAIN:
        kind = LaneExceptionKind.LOW_CONFIDENCE_READ;
        detail =
            String.format(
                Locale.ROOT,
                "no read of the vehicle was sure enough (best %s at %.2f of %d read(s)):"
                    + " read the plate from the image",
                read.plate(),
                read.confidence(),
                read.reads());
        break;
      case AMBIGUOUS_READ:
        kind = LaneExceptionKind.AMBIGUOUS_READ;
        detail =
            "the read "
                + read.plate()
                + " is as close to "
                + decision.match().tied().stream()
                    .map(PlateText::value)
                    .collect(Collectors.joining(" as to "))
                + ": read the plate from the image";
        break;
      default:
        return Optional.empty();
    }
    return Optional.of(
        new LaneException(
            TimeOrderedId.at(at),
            lane.id(),
            kind,
            decision.id(),
            detail,
            at,
            read.read().id(),
            read.read().frameId(),
            read.candidates().stream().map(PlateRead::id).toList()));
  }
}
