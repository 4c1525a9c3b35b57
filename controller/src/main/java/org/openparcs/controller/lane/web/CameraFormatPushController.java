package org.openparcs.controller.lane.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openparcs.bridge.camera.CameraPush;
import org.openparcs.bridge.camera.CameraPushException;
import org.openparcs.bridge.camera.HikvisionAnpr;
import org.openparcs.bridge.camera.PlateRecognizerWebhook;
import org.openparcs.bridge.camera.PlateRectUnits;
import org.openparcs.controller.camera.infrastructure.CameraFormatSettings;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.shared.web.ErrorBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where cameras that read plates themselves push their reads, one endpoint per format under the
 * camera's own path (camera credentials apply to {@code /api/cameras/**}): Hikvision ISAPI ANPR
 * (multipart: anpr.xml and JPEGs) and the Plate Recognizer webhook (JSON, or multipart with the
 * picture). The bytes are parsed by the bridge's format parsers; a push they refuse gets a 4xx
 * naming what is wrong, and a log line; nothing else is touched. These are the only endpoints for
 * reads made by cameras: one design, each camera on its own path with its own credential.
 */
@Controller("/api/cameras/{cameraId}")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CameraFormatPushController {

  private static final Logger LOG = LoggerFactory.getLogger(CameraFormatPushController.class);

  private final TakeCameraPush take;
  private final Map<String, PlateRectUnits> plateRectUnits;

  public CameraFormatPushController(TakeCameraPush take, List<CameraFormatSettings> cameras) {
    this.take = take;
    this.plateRectUnits =
        cameras.stream()
            .collect(
                Collectors.toMap(CameraFormatSettings::id, CameraFormatSettings::plateRectUnits));
  }

  @Post(uri = "/hikvision", consumes = MediaType.ALL)
  public HttpResponse<?> hikvision(
      HttpRequest<?> request,
      @PathVariable String cameraId,
      @Header(HttpHeaders.CONTENT_TYPE) String contentType,
      @Body byte[] body) {
    CameraId camera = new CameraId(cameraId);
    try {
      PlateRectUnits units = plateRectUnits.getOrDefault(cameraId, PlateRectUnits.AUTO);
      return take.take(request, camera, HikvisionAnpr.parse(contentType, body, units), false);
    } catch (CameraPushException e) {
      return refused(camera, HikvisionAnpr.FORMAT, e);
    }
  }

  @Post(uri = "/platerecognizer", consumes = MediaType.ALL)
  public HttpResponse<?> plateRecognizer(
      HttpRequest<?> request,
      @PathVariable String cameraId,
      @Header(HttpHeaders.CONTENT_TYPE) String contentType,
      @Body byte[] body) {
    CameraId camera = new CameraId(cameraId);
    try {
      CameraPush push =
          contentType != null && contentType.toLowerCase().startsWith("multipart/")
              ? PlateRecognizerWebhook.parseMultipart(contentType, body)
              : PlateRecognizerWebhook.parseJson(body);
      return take.take(request, camera, push, true);
    } catch (CameraPushException e) {
      return refused(camera, PlateRecognizerWebhook.FORMAT, e);
    }
  }

  private static HttpResponse<ErrorBody> refused(
      CameraId camera, String format, CameraPushException e) {
    LOG.warn(
        "Refused a {} push from camera {} ({}): {}",
        format,
        camera.value(),
        e.kind(),
        e.getMessage());
    HttpStatus status =
        e.kind() == CameraPushException.Kind.INVALID
            ? HttpStatus.UNPROCESSABLE_ENTITY
            : HttpStatus.BAD_REQUEST;
    return HttpResponse.<ErrorBody>status(status).body(new ErrorBody(e.getMessage()));
  }
}
