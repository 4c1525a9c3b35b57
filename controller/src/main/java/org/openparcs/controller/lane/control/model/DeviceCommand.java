package org.openparcs.controller.lane.control.model;

/** What the lane asks of its I/O module. */
public enum DeviceCommand {
  /** Pulse the barrier's OPEN contact (the module times the pulse). */
  PULSE_OPEN,
  /** Close the OPEN contact and keep it closed: the barrier stays up. */
  HOLD_OPEN,
  /** Open the OPEN contact again: the barrier closes by its own logic. */
  RELEASE_HOLD
}
