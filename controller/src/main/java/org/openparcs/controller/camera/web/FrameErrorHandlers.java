package org.openparcs.controller.camera.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.openparcs.controller.camera.application.BadFrameException;
import org.openparcs.controller.camera.application.FramesBusyException;
import org.openparcs.controller.shared.web.ErrorBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Refused frames: a clear status and sentence for the camera's integrator, and a log line. */
public final class FrameErrorHandlers {

  private static final Logger LOG = LoggerFactory.getLogger(FrameErrorHandlers.class);

  private FrameErrorHandlers() {}

  @Produces
  @Singleton
  @Requires(classes = {BadFrameException.class, ExceptionHandler.class})
  public static class BadFrame
      implements ExceptionHandler<BadFrameException, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, BadFrameException e) {
      LOG.warn(
          "Refused a frame on {} from {}: {} ({})",
          request.getPath(),
          request.getRemoteAddress(),
          e.problem(),
          e.getMessage());
      HttpStatus status =
          switch (e.problem()) {
            case NOT_JPEG -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_LARGE, TOO_MANY_PIXELS -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
            case EMPTY, CORRUPT -> HttpStatus.BAD_REQUEST;
          };
      return HttpResponse.<ErrorBody>status(status).body(new ErrorBody(e.getMessage()));
    }
  }

  @Produces
  @Singleton
  @Requires(classes = {FramesBusyException.class, ExceptionHandler.class})
  public static class Busy
      implements ExceptionHandler<FramesBusyException, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, FramesBusyException e) {
      LOG.warn("Refused a frame on {}: {}", request.getPath(), e.getMessage());
      return HttpResponse.<ErrorBody>status(HttpStatus.SERVICE_UNAVAILABLE)
          .header("Retry-After", "1")
          .body(new ErrorBody(e.getMessage()));
    }
  }
}
