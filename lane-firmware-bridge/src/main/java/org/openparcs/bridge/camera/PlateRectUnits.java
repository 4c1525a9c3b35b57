package org.openparcs.bridge.camera;

/**
 * What Hikvision's {@code plateRect} numbers are in. ISAPI documents them normalised to 0..1000 of
 * the detection picture; some firmware sends pixels of that picture instead. A camera's setting
 * names its units when they are known; {@link #AUTO} tells them apart push by push ({@link
 * PlateBoxes#plateRect}).
 */
public enum PlateRectUnits {
  /** Decide from the numbers, the picture's size and the plate picture's shape. */
  AUTO,
  /** 0..1000 of the detection picture's width and height (ISAPI). */
  PER_MILLE,
  /** Pixels of the detection picture. */
  PIXELS
}
