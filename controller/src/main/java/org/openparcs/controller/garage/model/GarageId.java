package org.openparcs.controller.garage.model;

/** Identifies a configured garage. */
public record GarageId(String value) {
  public GarageId {
    Ids.check("garage", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
