package org.openparcs.controller.lane.control.application;

/** A lane's I/O module did not do what was asked; {@code kind} names the failure for operators. */
public final class DeviceFailure extends Exception {

  private final String kind;

  public DeviceFailure(String kind, String message) {
    super(message);
    this.kind = kind;
  }

  public String kind() {
    return kind;
  }

  /** {@code kind: message}, as operators read it. */
  public String describe() {
    return kind + ": " + getMessage();
  }
}
