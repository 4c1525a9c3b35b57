package org.openparcs.controller.shared.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.openparcs.controller.lane.application.UnknownCameraException;
import org.openparcs.controller.lane.control.application.UnknownLaneException;
import org.openparcs.controller.plate.model.InvalidPlateException;
import org.openparcs.controller.shared.application.NotFoundException;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.protection.UnsealException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One handler per domain error, each with a clear status and sentence. */
public final class ErrorHandlers {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

  private ErrorHandlers() {}

  @Produces
  @Singleton
  @Requires(classes = {UnknownCameraException.class, ExceptionHandler.class})
  public static class UnknownCamera
      implements ExceptionHandler<UnknownCameraException, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, UnknownCameraException e) {
      LOG.warn("Refused a read from {}: {}", request.getRemoteAddress(), e.getMessage());
      return HttpResponse.<ErrorBody>status(HttpStatus.UNPROCESSABLE_ENTITY)
          .body(new ErrorBody(e.getMessage()));
    }
  }

  @Produces
  @Singleton
  @Requires(classes = {UnknownLaneException.class, ExceptionHandler.class})
  public static class UnknownLane
      implements ExceptionHandler<UnknownLaneException, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, UnknownLaneException e) {
      return HttpResponse.<ErrorBody>status(HttpStatus.NOT_FOUND)
          .body(new ErrorBody(e.getMessage()));
    }
  }

  @Produces
  @Singleton
  @Requires(classes = {InvalidPlateException.class, ExceptionHandler.class})
  public static class InvalidPlate
      implements ExceptionHandler<InvalidPlateException, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, InvalidPlateException e) {
      return HttpResponse.badRequest(new ErrorBody(e.getMessage()));
    }
  }

  @Produces
  @Singleton
  @Requires(classes = {NotFoundException.class, ExceptionHandler.class})
  public static class NotFound
      implements ExceptionHandler<NotFoundException, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, NotFoundException e) {
      return HttpResponse.<ErrorBody>status(HttpStatus.NOT_FOUND)
          .body(new ErrorBody(e.getMessage()));
    }
  }

  /** Domain validation (dates in the wrong order, a bad id): the request was wrong. */
  @Produces
  @Singleton
  @Requires(classes = {IllegalArgumentException.class, ExceptionHandler.class})
  public static class InvalidArgument
      implements ExceptionHandler<IllegalArgumentException, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, IllegalArgumentException e) {
      return HttpResponse.badRequest(new ErrorBody(String.valueOf(e.getMessage())));
    }
  }

  /** The database is away: say so, and never pretend something was "not found". */
  @Produces
  @Singleton
  @Requires(classes = {DataAccessException.class, ExceptionHandler.class})
  public static class Database
      implements ExceptionHandler<DataAccessException, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, DataAccessException e) {
      LOG.error("Database failure on {} {}", request.getMethod(), request.getPath(), e);
      return HttpResponse.<ErrorBody>status(HttpStatus.SERVICE_UNAVAILABLE)
          .body(
              new ErrorBody(
                  "the garage database failed to answer; the request may not have been recorded, try again"));
    }
  }

  /**
   * A stored plate that does not open (POLICY K1): tampered with, moved from another column, or
   * sealed under a key no longer configured. The operator sees that, never the value.
   */
  @Produces
  @Singleton
  @Requires(classes = {UnsealException.class, ExceptionHandler.class})
  public static class Unsealed
      implements ExceptionHandler<UnsealException, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, UnsealException e) {
      LOG.error(
          "K1: a stored plate failed to open on {} {}: {}",
          request.getMethod(),
          request.getPath(),
          e.getMessage());
      return HttpResponse.<ErrorBody>status(HttpStatus.INTERNAL_SERVER_ERROR)
          .body(
              new ErrorBody(
                  "a stored plate failed to open (K1): it was altered, moved from another record,"
                      + " or sealed under a key that is no longer configured; nothing was changed"));
    }
  }
}
