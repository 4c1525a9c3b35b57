package org.openparcs.controller.camera.infrastructure;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.openparcs.controller.camera.model.CameraRegistry;
import org.openparcs.controller.camera.model.PushCheck;
import org.openparcs.controller.garage.model.CameraId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For camera endpoints whose body names the camera (Plate Recognizer's {@code data.camera_id},
 * Hikvision's channel): whether the authenticated camera may push in that name. A push naming
 * another camera (another lane's) is refused, counted and logged like the filter's refusals.
 */
@Singleton
public class CameraPushes {

  private static final Logger LOG = LoggerFactory.getLogger(CameraPushes.class);

  private final CameraPushTally tally;

  CameraPushes(CameraPushTally tally) {
    this.tally = tally;
  }

  /**
   * @return empty when the push may go on; else the refusal to answer with (HTTP 403)
   */
  public Optional<PushCheck.Refused> mayName(HttpRequest<?> request, CameraId named) {
    Optional<CameraId> camera = request.getAttribute(CameraPushFilter.CAMERA, CameraId.class);
    if (camera.isEmpty()) {
      throw new IllegalStateException("camera endpoint reached without the camera filter");
    }
    if (camera.get().equals(named)) {
      return Optional.empty();
    }
    PushCheck.Refused refused = CameraRegistry.otherCamera(camera.get(), named);
    String source = request.getRemoteAddress().getAddress().getHostAddress();
    tally.refused(refused, source);
    LOG.warn("Refused a camera push from {}: {}", source, refused.reason());
    return Optional.of(refused);
  }
}
