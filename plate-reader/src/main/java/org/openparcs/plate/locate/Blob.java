package org.openparcs.plate.locate;

/**
 * A connected component that may be one character.
 *
 * @param x left edge, pixels
 * @param y top edge, pixels
 * @param w width, pixels
 * @param h height, pixels
 * @param area foreground pixel count
 */
record Blob(double x, double y, double w, double h, int area) {

  double cx() {
    return x + w / 2;
  }

  double cy() {
    return y + h / 2;
  }

  double right() {
    return x + w;
  }

  double bottom() {
    return y + h;
  }

  Blob scaled(double factor) {
    return new Blob(x * factor, y * factor, w * factor, h * factor, area);
  }
}
