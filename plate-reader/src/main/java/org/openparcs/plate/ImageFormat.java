package org.openparcs.plate;

/** Encoded image formats the reader can decode. */
public enum ImageFormat {
  JPEG,
  PNG
}
