package org.openparcs.controller.plate.model;

/** Text that cannot be a plate. */
public class InvalidPlateException extends IllegalArgumentException {
  public InvalidPlateException(String raw) {
    super(
        raw == null || raw.isBlank()
            ? "the plate is empty"
            : "'"
                + (raw.length() > 32 ? raw.substring(0, 32) + "..." : raw)
                + "' is not a plate: 1-16 letters A-Z and digits 0-9 expected");
  }
}
