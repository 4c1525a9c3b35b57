package org.openparcs.controller.camera.model;

/** Why a frame was refused before it was read. */
public enum FrameProblem {
  /** The body had no bytes. */
  EMPTY,
  /** The bytes are not a JPEG (another image format, or not an image). */
  NOT_JPEG,
  /** The bytes start like a JPEG but its header cannot be read. */
  CORRUPT,
  /** More bytes than a frame may have. */
  TOO_LARGE,
  /** The header declares more pixels than a frame may have (nothing was decoded). */
  TOO_MANY_PIXELS
}
