package org.openparcs.controller.lane.web;

import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.openparcs.bridge.camera.CameraPush;
import org.openparcs.bridge.camera.PushedImage;
import org.openparcs.controller.camera.application.KeepPushedImage;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.lane.application.HandlePlateRead;
import org.openparcs.controller.plate.application.PlateReadReceived;
import org.openparcs.controller.plate.model.PlateBox;
import org.openparcs.controller.shared.web.ErrorBody;

/**
 * Turns a parsed push into the controller's plate read, keeps its picture with it (the scene when
 * the camera sent one, else the plate crop) and hands the read to the lane.
 */
@Singleton
class TakeCameraPush {

  private final HandlePlateRead handlePlateRead;
  private final KeepPushedImage images;

  TakeCameraPush(HandlePlateRead handlePlateRead, KeepPushedImage images) {
    this.handlePlateRead = handlePlateRead;
    this.images = images;
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
    UUID frameId =
        picture(push.images())
            .map(i -> images.keep(camera, i.jpeg(), i.width(), i.height()))
            .orElse(null);
    PlateReadReceived read =
        new PlateReadReceived(
            camera,
            push.plate(),
            push.confidence(),
            List.of(),
            push.region(),
            box(push.box()),
            frameId,
            push.format(),
            capturedAt(push));
    return HttpResponse.ok(ReadOutcomeResponse.of(handlePlateRead.handle(read)));
  }

  /** The scene (the plate's box refers to it) when there is one, else the first picture. */
  private static java.util.Optional<PushedImage> picture(List<PushedImage> pictures) {
    return pictures.stream()
        .min(Comparator.comparingInt((PushedImage i) -> "scene".equals(i.role()) ? 0 : 1));
  }

  private static Instant capturedAt(CameraPush push) {
    return push.capturedAt();
  }

  private static PlateBox box(CameraPush.Box b) {
    return b == null ? null : new PlateBox(b.x(), b.y(), b.width(), b.height());
  }
}
