package org.openparcs.controller.lane.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
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
 * Where lane cameras push their plate reads. {@code CameraPushFilter} has authenticated the camera;
 * a read must name that camera.
 */
@Controller("/api/cameras")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CameraPushController {

  private static final Logger LOG = LoggerFactory.getLogger(CameraPushController.class);

  private final HandlePlateRead handlePlateRead;
  private final CameraPushes cameras;
  private final DecisionMetrics metrics;

  public CameraPushController(
      HandlePlateRead handlePlateRead, CameraPushes cameras, DecisionMetrics metrics) {
    this.handlePlateRead = handlePlateRead;
    this.cameras = cameras;
    this.metrics = metrics;
  }

  /** A Plate Recognizer webhook (JSON). The best-scoring result is the read. */
  @Post(uri = "/platerecognizer", consumes = MediaType.APPLICATION_JSON)
  public HttpResponse<?> plateRecognizer(
      HttpRequest<?> request, @Body @Valid PlateRecognizerWebhook webhook) {
    PlateRecognizerWebhook.Data data = webhook.data();
    Optional<PushCheck.Refused> otherCamera =
        cameras.mayName(request, new CameraId(data.cameraId()));
    if (otherCamera.isPresent()) {
      return HttpResponse.status(HttpStatus.FORBIDDEN)
          .body(new ErrorBody(otherCamera.get().reason()));
    }
    if (data.results().isEmpty()) {
      return HttpResponse.unprocessableEntity()
          .body(new ErrorBody("the read has no plate result (data.results is empty)"));
    }
    Instant captured;
    try {
      captured = parseTimestamp(data.timestamp());
    } catch (DateTimeParseException e) {
      return HttpResponse.badRequest(
          new ErrorBody("data.timestamp is not an ISO-8601 time: '" + data.timestamp() + "'"));
    }
    PlateRecognizerWebhook.Result best =
        data.results().stream()
            .max(Comparator.comparingDouble(PlateRecognizerWebhook.Result::score))
            .orElseThrow();
    PlateReadReceived read =
        new PlateReadReceived(
            new CameraId(data.cameraId()),
            best.plate(),
            best.score(),
            best.region() == null ? null : best.region().code(),
            box(best.box()),
            "platerecognizer",
            captured);
    String correlation = Correlation.fromHeader(request.getHeaders().get(Correlation.HEADER));
    try (MDC.MDCCloseable c = MDC.putCloseable(Correlation.MDC_KEY, correlation)) {
      long started = System.nanoTime();
      HandlePlateRead.ReadOutcome outcome = handlePlateRead.handle(read);
      long nanos = System.nanoTime() - started;
      outcome.decided().ifPresent(decided -> metrics.record(decided, nanos));
      // No plate above DEBUG (POLICY K1: plate text stays in the database and the portal).
      LOG.info(
          "Read from camera {} on lane {}: {}, gate {}",
          read.cameraId(),
          outcome.read().laneId(),
          outcome
              .decided()
              .map(
                  d ->
                      (d.decision().granted() ? "GRANTED " : "DENIED ")
                          + d.decision().decision().rule())
              .orElse("waiting for the vehicle's read (" + outcome.status() + ")"),
          outcome
              .decided()
              .flatMap(LaneOutcome::vend)
              .map(
                  v ->
                      v.match(
                          x -> "VENDED", x -> "NO_VEHICLE", x -> "DEVICE_FAILED", x -> "REFUSED"))
              .orElse("-"));
      LOG.debug("Read {} was plate {}", outcome.read().id(), outcome.read().plate().value());
      return HttpResponse.ok(ReadOutcomeResponse.of(outcome))
          .header(Correlation.HEADER, correlation);
    }
  }

  private static Instant parseTimestamp(String text) {
    return text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
  }

  private static PlateBox box(PlateRecognizerWebhook.Box b) {
    if (b == null || b.xmax() <= b.xmin() || b.ymax() <= b.ymin() || b.xmin() < 0 || b.ymin() < 0) {
      return null;
    }
    return new PlateBox(b.xmin(), b.ymin(), b.xmax() - b.xmin(), b.ymax() - b.ymin());
  }
}
