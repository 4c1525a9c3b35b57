package org.openparcs.controller.camera.application;

import org.openparcs.controller.camera.model.FrameCheck;
import org.openparcs.controller.camera.model.FrameProblem;

/** A frame refused before it was read: empty, not a JPEG, corrupt, or too big. */
public class BadFrameException extends RuntimeException {

  private final FrameProblem problem;

  public BadFrameException(FrameCheck.Refused refused) {
    super(refused.message());
    this.problem = refused.problem();
  }

  public FrameProblem problem() {
    return problem;
  }
}
