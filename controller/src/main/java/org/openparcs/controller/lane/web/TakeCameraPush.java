package org.openparcs.controller.lane.web;

import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.openparcs.bridge.camera.CameraPush;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.lane.application.HandlePlateRead;
import org.openparcs.controller.plate.application.PlateReadReceived;
import org.openparcs.controller.plate.model.PlateBox;
import org.openparcs.controller.shared.web.ErrorBody;

/** Turns a parsed push into the controller's plate read and hands it to the lane. */
@Singleton
class TakeCameraPush {

  private final HandlePlateRead handlePlateRead;

  TakeCameraPush(HandlePlateRead handlePlateRead) {
    this.handlePlateRead = handlePlateRead;
  }

  /**
   * @param payloadNamesCamera true when the format names its camera (Plate Recognizer's {@code
   *     camera_id}): it must then be the camera whose endpoint received it
   */
  HttpResponse<?> take(CameraId camera, CameraPush push, boolean payloadNamesCamera) {
    if (payloadNamesCamera && push.cameraId() != null && !push.cameraId().equals(camera.value())) {
      return HttpResponse.badRequest(
          new ErrorBody(
              "the push names camera '"
                  + push.cameraId()
                  + "' but was sent to the endpoint of camera '"
                  + camera.value()
                  + "'"));
    }
    if (!push.hasPlate()) {
      return HttpResponse.accepted()
          .body(new ErrorBody("no plate in this push: nothing to decide"));
    }
    PlateReadReceived read =
        new PlateReadReceived(
            camera,
            push.plate(),
            push.confidence(),
            push.region(),
            box(push.box()),
            push.format(),
            capturedAt(push));
    return HttpResponse.ok(ReadOutcomeResponse.of(handlePlateRead.handle(read)));
  }

  private static Instant capturedAt(CameraPush push) {
    return push.capturedAt();
  }

  private static PlateBox box(CameraPush.Box b) {
    return b == null ? null : new PlateBox(b.x(), b.y(), b.width(), b.height());
  }
}
