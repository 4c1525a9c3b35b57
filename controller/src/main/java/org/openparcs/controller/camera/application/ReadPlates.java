package org.openparcs.controller.camera.application;

import org.openparcs.controller.camera.model.PlateScan;

/** Our plate reader: finds and reads the plate in a JPEG frame. Thread-safe. */
public interface ReadPlates {
  PlateScan read(byte[] jpeg);
}
