package org.openparcs.controller.lane.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.bridge.camera.CameraPush;
import org.openparcs.bridge.camera.PushedImage;
import org.openparcs.controller.camera.application.KeepPushedImage;
import org.openparcs.controller.camera.infrastructure.CameraPushes;
import org.openparcs.controller.camera.model.PushCheck;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.lane.application.HandlePlateRead;
import org.openparcs.controller.lane.application.LaneOutcome;
import org.openparcs.controller.lane.infrastructure.DecisionMetrics;
import org.openparcs.controller.plate.application.PlateReadReceived;
import org.openparcs.controller.plate.model.PlateBox;
import org.openparcs.controller.shared.infrastructure.Correlation;
import org.openparcs.controller.shared.web.ErrorBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Turns a parsed push into the controller's plate read, keeps its picture with it (the scene when
 * the camera sent one, else the plate crop) and hands the read to the lane, under the request's
 * correlation id, timing the decision.
 */
@Singleton
class TakeCameraPush {

  private static final Logger LOG = LoggerFactory.getLogger(TakeCameraPush.class);

  private final HandlePlateRead handlePlateRead;
  private final KeepPushedImage images;
  private final CameraPushes cameras;
  private final DecisionMetrics metrics;

  TakeCameraPush(
      HandlePlateRead handlePlateRead,
      KeepPushedImage images,
      CameraPushes cameras,
      DecisionMetrics metrics) {
    this.handlePlateRead = handlePlateRead;
    this.images = images;
    this.cameras = cameras;
    this.metrics = metrics;
  }

  /**
   * @param payloadNamesCamera true when the format names its camera (Plate Recognizer's {@code
   *     camera_id}): it must then be the camera whose endpoint received it (issue 9: a refusal
   *     counted like the filter's)
   */
  HttpResponse<?> take(
      HttpRequest<?> request, CameraId camera, CameraPush push, boolean payloadNamesCamera) {
    if (payloadNamesCamera && push.cameraId() != null) {
      Optional<PushCheck.Refused> other = cameras.mayName(request, new CameraId(push.cameraId()));
      if (other.isPresent()) {
        return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ErrorBody(other.get().reason()));
      }
    }
    String correlation = Correlation.fromHeader(request.getHeaders().get(Correlation.HEADER));
    if (!push.hasPlate()) {
      LOG.info("Push from camera {} ({}): a vehicle without a plate read", camera, push.format());
      return HttpResponse.accepted()
          .body(new ErrorBody("no plate in this push: nothing to decide"))
          .header(Correlation.HEADER, correlation);
    }
    try (MDC.MDCCloseable c = MDC.putCloseable(Correlation.MDC_KEY, correlation)) {
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
      long started = System.nanoTime();
      HandlePlateRead.ReadOutcome handled = handlePlateRead.handle(read);
      long nanos = System.nanoTime() - started;
      handled.decided().ifPresent(outcome -> metrics.record(outcome, nanos));
      // No plate above DEBUG (POLICY K1: plate text stays in the database and the portal).
      LOG.info(
          "Read from camera {} ({}) on lane {}: {}",
          camera,
          push.format(),
          handled.read().laneId(),
          handled.decided().map(TakeCameraPush::describe).orElse(handled.status().name()));
      LOG.debug("Read {} was plate {}", handled.read().id(), handled.read().plate().value());
      return HttpResponse.ok(ReadOutcomeResponse.of(handled))
          .header(Correlation.HEADER, correlation);
    }
  }

  private static String describe(LaneOutcome outcome) {
    return (outcome.decision().granted() ? "GRANTED" : "DENIED")
        + " ("
        + outcome.decision().decision().rule()
        + "), gate "
        + outcome
            .vend()
            .map(
                v ->
                    v.match(x -> "VENDED", x -> "NO_VEHICLE", x -> "DEVICE_FAILED", x -> "REFUSED"))
            .orElse("-");
  }

  /** The scene (the plate's box refers to it) when there is one, else the first picture. */
  private static Optional<PushedImage> picture(List<PushedImage> pictures) {
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
