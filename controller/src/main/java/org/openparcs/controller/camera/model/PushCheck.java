package org.openparcs.controller.camera.model;

import java.util.function.Function;
import org.openparcs.controller.garage.model.CameraId;

/** Whether a camera push may come in, and as which camera. */
public sealed interface PushCheck {

  <T> T match(Function<Admitted, T> admitted, Function<Refused, T> refused);

  /** The push comes from this registered camera. */
  record Admitted(CameraId camera) implements PushCheck {
    @Override
    public <T> T match(Function<Admitted, T> admitted, Function<Refused, T> refused) {
      return admitted.apply(this);
    }
  }

  /**
   * Refused; {@code camera} is the registered camera the credential belongs to, when known. {@link
   * Why#status()} is the HTTP status of the answer.
   */
  record Refused(Why why, CameraId camera, String reason) implements PushCheck {
    @Override
    public <T> T match(Function<Admitted, T> admitted, Function<Refused, T> refused) {
      return refused.apply(this);
    }
  }

  /** Why a push was refused; the metric tag and the operator's view use these names. */
  enum Why {
    NO_CREDENTIAL(401),
    UNKNOWN_CREDENTIAL(401),
    WRONG_SOURCE(403),
    OTHER_CAMERA(403);

    private final int status;

    Why(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }
}
