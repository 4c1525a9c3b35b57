package org.openparcs.controller.plate.model;

/** Where the plate is in the camera's frame, in pixels from the top-left corner. */
public record PlateBox(int x, int y, int width, int height) {
  public PlateBox {
    if (x < 0 || y < 0 || width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "a plate box has a non-negative corner and a positive size");
    }
  }
}
