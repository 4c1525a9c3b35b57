package org.openparcs.controller.lane.gate.model;

import java.util.function.Function;

/** What happened when the lane was asked to let a granted vehicle through. */
public sealed interface VendResult {

  /** Exhaustive handling of every result (Java 17 has no pattern switch). */
  <T> T match(
      Function<Vended, T> vended,
      Function<NoVehicle, T> noVehicle,
      Function<DeviceFailed, T> failed,
      Function<Refused, T> refused);

  /**
   * The vehicle may pass: the OPEN relay was pulsed with it on the arming loop, or the barrier is
   * held open.
   */
  record Vended() implements VendResult {
    @Override
    public <T> T match(
        Function<Vended, T> vended,
        Function<NoVehicle, T> noVehicle,
        Function<DeviceFailed, T> failed,
        Function<Refused, T> refused) {
      return vended.apply(this);
    }
  }

  /** Nobody on the arming loop: the barrier was not pulsed. */
  record NoVehicle() implements VendResult {
    @Override
    public <T> T match(
        Function<Vended, T> vended,
        Function<NoVehicle, T> noVehicle,
        Function<DeviceFailed, T> failed,
        Function<Refused, T> refused) {
      return noVehicle.apply(this);
    }
  }

  /** The I/O module failed ({@code kind}: unreachable, timeout, ...): no pulse is known. */
  record DeviceFailed(String kind, String message) implements VendResult {
    @Override
    public <T> T match(
        Function<Vended, T> vended,
        Function<NoVehicle, T> noVehicle,
        Function<DeviceFailed, T> failed,
        Function<Refused, T> refused) {
      return failed.apply(this);
    }
  }

  /** The lane refused to open ({@code reason}: locked closed by an operator). */
  record Refused(String reason) implements VendResult {
    @Override
    public <T> T match(
        Function<Vended, T> vended,
        Function<NoVehicle, T> noVehicle,
        Function<DeviceFailed, T> failed,
        Function<Refused, T> refused) {
      return refused.apply(this);
    }
  }
}
