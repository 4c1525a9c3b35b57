package org.openparcs.controller.tariff.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.openparcs.controller.shared.web.ErrorBody;
import org.openparcs.controller.tariff.application.TariffConflictException;

/** A tariff version that would change published prices: 409 with the reason. */
@Produces
@Singleton
@Requires(classes = {TariffConflictException.class, ExceptionHandler.class})
public class TariffErrorHandlers
    implements ExceptionHandler<TariffConflictException, HttpResponse<ErrorBody>> {
  @Override
  public HttpResponse<ErrorBody> handle(HttpRequest request, TariffConflictException e) {
    return HttpResponse.<ErrorBody>status(HttpStatus.CONFLICT).body(new ErrorBody(e.getMessage()));
  }
}
