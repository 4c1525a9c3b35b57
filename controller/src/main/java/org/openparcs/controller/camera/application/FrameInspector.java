package org.openparcs.controller.camera.application;

import org.openparcs.controller.camera.model.FrameCheck;

/** Reads a frame's header without decoding its pixels: is it a JPEG, and of what declared size. */
public interface FrameInspector {
  FrameCheck inspect(byte[] encoded);
}
