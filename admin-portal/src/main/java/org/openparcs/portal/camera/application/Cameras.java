package org.openparcs.portal.camera.application;

import java.time.Instant;
import java.util.List;
import org.openparcs.portal.camera.model.Camera;
import org.openparcs.portal.camera.model.CameraForm;

/** The camera registry. */
public interface Cameras {

  /** Registers the camera, or updates the garage's camera with the same id. */
  void register(CameraForm form, String by, Instant at);

  List<Camera> all();
}
