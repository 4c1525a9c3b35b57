package org.openparcs.controller.garage.model;

/** Identifies a configured lane. */
public record LaneId(String value) {
  public LaneId {
    Ids.check("lane", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
