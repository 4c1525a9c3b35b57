package org.openparcs.controller.plate.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The reads at one lane, grouped by the vehicle on its arming loop: the loop is the boundary. A
 * vehicle is known by its arrival number on the loop (the lane state machine's); a read belongs to
 * the vehicle that stood there when the plate was captured, and only while that vehicle is still
 * there. Reads captured with nobody on the loop belong to no vehicle: one sure enough stands alone
 * (the lane then refuses to open on nothing), the others are only kept. Not thread-safe.
 */
public final class LaneReadWindow {

  /**
   * The newest read and frame of the vehicle waiting now, and every read of it, for an operator's
   * view.
   */
  public record Evidence(Optional<PlateRead> read, Optional<UUID> frame, List<PlateRead> reads) {}

  private final ReadAgreement rules;
  private VehicleReads vehicle;

  public LaneReadWindow(ReadAgreement rules) {
    this.rules = rules;
  }

  /**
   * A read to add up.
   *
   * @param capturedFor the arrival on the arming loop when the plate was captured, or empty
   * @param now the arrival on the arming loop now, or empty
   */
  public ReadOffer offer(OptionalLong capturedFor, OptionalLong now, PlateRead read, Instant at) {
    if (capturedFor.isEmpty()) {
      return read.confidence() >= rules.acceptConfidence()
          ? ReadOffer.settled(VehicleRead.of(read, ReadBasis.HIGH_CONFIDENCE))
          : ReadOffer.of(ReadOffer.Status.NO_VEHICLE);
    }
    if (!stillThere(capturedFor, now)) {
      return ReadOffer.of(ReadOffer.Status.VEHICLE_GONE);
    }
    return vehicle(capturedFor.getAsLong()).offer(read, at);
  }

  /**
   * Takes back a read whose records could not be stored (its commit failed): it no longer counts,
   * nor does the vehicle's read it settled, so a later read can settle it again.
   *
   * @param settled whether {@link #offer} settled the vehicle's read with it
   */
  public void withdraw(OptionalLong capturedFor, PlateRead read, boolean settled) {
    if (capturedFor.isPresent()
        && vehicle != null
        && vehicle.arrival() == capturedFor.getAsLong()) {
      vehicle.withdraw(read, settled);
    }
  }

  /** A frame captured for {@code capturedFor} showed no plate. */
  public void noPlate(OptionalLong capturedFor, OptionalLong now, UUID frameId) {
    if (capturedFor.isPresent() && stillThere(capturedFor, now)) {
      vehicle(capturedFor.getAsLong()).noPlate(frameId);
    }
  }

  /**
   * The lane as its state machine sees it now: a vehicle that left is forgotten; one whose window
   * passed without a sure read is handed to an operator with its best read (once).
   */
  public Optional<VehicleRead> observe(OptionalLong now, Instant at) {
    if (vehicle != null && !isCurrent(now)) {
      vehicle = null;
    }
    return vehicle == null ? Optional.empty() : vehicle.expire(at);
  }

  /** The waiting vehicle's newest read and frame. */
  public Evidence evidence(OptionalLong now) {
    if (vehicle == null || !isCurrent(now)) {
      return new Evidence(Optional.empty(), Optional.empty(), List.of());
    }
    return new Evidence(vehicle.lastRead(), vehicle.lastFrame(), vehicle.reads());
  }

  /** Vehicle {@code arrival} was let through. */
  public void granted(long arrival) {
    if (vehicle != null && vehicle.arrival() == arrival) {
      vehicle.granted();
    }
  }

  /** An operator was told about the vehicle waiting now. */
  public void exceptionRaised(OptionalLong now, UUID exceptionId) {
    if (now.isPresent()) {
      vehicle(now.getAsLong()).exceptionRaised(exceptionId);
    }
  }

  /**
   * Whether the vehicle waiting now, not yet let through, is the one {@code id} (a read, or an
   * exception raised for it) is about: an operator's correction of it decides for that vehicle.
   */
  public boolean waitingFor(UUID id, OptionalLong now) {
    return vehicle != null && isCurrent(now) && !vehicle.isGranted() && vehicle.concerns(id);
  }

  /** Whether more frames of vehicle {@code arrival} can still change what happens to it. */
  public boolean wantsFrames(long arrival, OptionalLong now) {
    if (now.isEmpty() || now.getAsLong() != arrival) {
      return false;
    }
    return vehicle == null || vehicle.arrival() != arrival || !vehicle.isGranted();
  }

  private VehicleReads vehicle(long arrival) {
    if (vehicle == null || vehicle.arrival() != arrival) {
      vehicle = new VehicleReads(arrival, rules);
    }
    return vehicle;
  }

  private boolean isCurrent(OptionalLong now) {
    return now.isPresent() && now.getAsLong() == vehicle.arrival();
  }

  private static boolean stillThere(OptionalLong capturedFor, OptionalLong now) {
    return now.isPresent() && now.getAsLong() == capturedFor.getAsLong();
  }
}
