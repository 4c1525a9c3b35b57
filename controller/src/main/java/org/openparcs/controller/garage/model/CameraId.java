package org.openparcs.controller.garage.model;

/** Identifies a configured camera. */
public record CameraId(String value) {
  public CameraId {
    Ids.check("camera", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
