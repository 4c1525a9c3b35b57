package org.openparcs.controller.garage.model;

/** Which way a lane lets vehicles through. */
public enum Direction {
  ENTRY,
  EXIT
}
