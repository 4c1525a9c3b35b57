package org.openparcs.controller.camera.model;

/** How a frame reached the controller. */
public enum FrameSource {
  /** The camera pushed it (POST /api/cameras/{id}/frames). */
  PUSH,
  /** The controller pulled it from the camera's snapshot URI while a vehicle waited. */
  SNAPSHOT
}
