package org.openparcs.portal.report.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.openparcs.portal.common.web.ApiError;
import org.openparcs.portal.report.application.ProduceAnnualReport;

/** A report asked for a year it cannot cover: 400 with one sentence. */
@Singleton
@Produces
@Requires(classes = ExceptionHandler.class)
class BadYearHandler
    implements ExceptionHandler<ProduceAnnualReport.YearOutOfRange, HttpResponse<?>> {

  @Override
  public HttpResponse<?> handle(HttpRequest request, ProduceAnnualReport.YearOutOfRange e) {
    return HttpResponse.badRequest(new ApiError(e.getMessage()))
        .contentType(MediaType.APPLICATION_JSON_TYPE);
  }
}
