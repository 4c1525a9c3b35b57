package org.openparcs.controller.retention.model;

/** Whether the garage carries out an order it received: accepted, or refused with a reason. */
public sealed interface OrderCheck permits OrderCheck.Accepted, OrderCheck.Refused {

  static OrderCheck accepted() {
    return new Accepted();
  }

  static OrderCheck refused(String reason) {
    return new Refused(reason);
  }

  default boolean isAccepted() {
    return this instanceof Accepted;
  }

  /** The order may be carried out. */
  record Accepted() implements OrderCheck {}

  /** The order is not carried out, for this reason (kept and shown to operators). */
  record Refused(String reason) implements OrderCheck {}
}
